package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Commit;
import io.github.peerled.core.runtime.GroupEventPublisher;
import io.github.peerled.core.runtime.ListenerFailure;
import io.github.peerled.core.runtime.Registration;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every type of the sealed hierarchies is wired in everywhere it must be. A new command, event,
 * proposal content or guideline change is one permitted subtype more; this test walks the permitted
 * subtypes and says, per type, which touch point is missing: its JSON registration, its decision
 * (an accepted one in {@link CompletenessStory}), its permission entry, its fold, the typed hook of
 * {@link GroupEventPublisher} (in the hooks interface of its topic), or the consequence of adopting
 * it.
 */
class ModelCompletenessTest {
  private static final CompletenessStory story = CompletenessStory.told();

  @Test
  void should_register_decide_and_permit_every_command_type() {
    List<String> problems = new ArrayList<>(problemsOf("GroupCommand"));
    Map<Class<?>, GroupCommand> accepted = new LinkedHashMap<>();
    Map<Class<?>, GroupCommand> given = new LinkedHashMap<>();
    for (CompletenessStory.Step step : story.steps) {
      Class<?> type = typeOf(GroupCommand.class, step.command());
      given.putIfAbsent(type, step.command());
      if (!step.events().isEmpty()) {
        accepted.putIfAbsent(type, step.command());
      }
    }
    for (Class<?> type : GroupCommand.class.getPermittedSubclasses()) {
      String name = type.getSimpleName();
      jsonName(GroupCommand.class, type, problems).ifPresent(n -> sameName(name, n, problems));
      GroupCommand sample = given.get(type);
      if (sample == null) {
        problems.add(name + ": the completeness story gives no " + name + "; add one");
        continue;
      }
      if (!accepted.containsKey(type)) {
        problems.add(name + ": no " + name + " was decided into events");
      }
      try {
        Permissions.entry(sample);
      } catch (IllegalArgumentException ex) {
        problems.add(name + ": " + ex.getMessage());
      }
      roundTrips(sample, GroupCommand.class, name, problems);
    }
    assertThat(problems).withFailMessage(report(problems)).isEmpty();
  }

  @Test
  void should_register_fold_and_publish_every_event_type() {
    List<String> problems = new ArrayList<>(problemsOf("GroupEvent"));
    Map<Class<?>, GroupEvent> folded = new LinkedHashMap<>();
    for (GroupEvent e : story.log) {
      folded.putIfAbsent(typeOf(GroupEvent.class, e), e);
    }
    for (Class<?> type : GroupEvent.class.getPermittedSubclasses()) {
      String name = type.getSimpleName();
      jsonName(GroupEvent.class, type, problems).ifPresent(n -> sameName(name, n, problems));
      hook(type, problems);
      GroupEvent sample = folded.get(type);
      if (sample == null) {
        problems.add(name + ": no " + name + " was decided and folded in the completeness story");
        continue;
      }
      roundTrips(sample, GroupEvent.class, name, problems);
    }
    assertThat(problems).withFailMessage(report(problems)).isEmpty();
  }

  @Test
  void should_register_and_carry_out_every_proposal_content_type() {
    List<String> problems = new ArrayList<>(problemsOf("ProposalContent"));
    Map<Class<?>, Integer> consequences = new LinkedHashMap<>();
    for (CompletenessStory.Step step : story.steps) {
      List<GroupEvent> events = step.events();
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i) instanceof ProposalDecided d && d.tally().outcome() == Outcome.ADOPTED) {
          Proposal p = story.state.proposal(d.proposalId()).orElseThrow();
          consequences.merge(
              typeOf(ProposalContent.class, p.content()), events.size() - i - 1, Integer::sum);
        }
      }
    }
    for (Class<?> type : ProposalContent.class.getPermittedSubclasses()) {
      String name = type.getSimpleName();
      jsonName(ProposalContent.class, type, problems);
      Integer count = consequences.get(type);
      if (count == null) {
        problems.add(name + ": the completeness story adopts no " + name + "; add one");
      } else if (count == 0) {
        problems.add(name + ": adopting one led to no event that carries it out");
      }
    }
    for (Proposal p : story.state.pastProposals().values()) {
      roundTrips(
          p.content(),
          ProposalContent.class,
          typeOf(ProposalContent.class, p.content()).getSimpleName(),
          problems);
    }
    assertThat(problems).withFailMessage(report(problems)).isEmpty();
  }

  @Test
  void should_register_and_apply_every_guideline_change_type() {
    List<String> problems = new ArrayList<>(problemsOf("GuidelineChange"));
    Map<Class<?>, GuidelineChange> adopted = new LinkedHashMap<>();
    for (Proposal p : story.state.pastProposals().values()) {
      if (p.content() instanceof GuidelineAmendment a
          && p.tally().map(t -> t.outcome() == Outcome.ADOPTED).orElse(false)) {
        for (GuidelineChange c : a.changes()) {
          adopted.putIfAbsent(typeOf(GuidelineChange.class, c), c);
        }
      }
    }
    for (Class<?> type : GuidelineChange.class.getPermittedSubclasses()) {
      String name = type.getSimpleName();
      jsonName(GuidelineChange.class, type, problems);
      GuidelineChange sample = adopted.get(type);
      if (sample == null) {
        problems.add(name + ": the completeness story adopts no amendment with a " + name);
        continue;
      }
      roundTrips(sample, GuidelineChange.class, name, problems);
    }
    assertThat(problems).withFailMessage(report(problems)).isEmpty();
  }

  // ---- the touch points ----

  /** The story's problems that concern types of one hierarchy, by the names of its types. */
  private static List<String> problemsOf(String hierarchy) {
    Class<?> base =
        switch (hierarchy) {
          case "GroupCommand" -> GroupCommand.class;
          case "GroupEvent" -> GroupEvent.class;
          case "ProposalContent" -> ProposalContent.class;
          default -> GuidelineChange.class;
        };
    List<String> out = new ArrayList<>();
    for (String problem : story.problems) {
      for (Class<?> type : base.getPermittedSubclasses()) {
        if (problem.startsWith(type.getSimpleName() + ":")
            || problem.contains(type.getSimpleName())) {
          out.add(problem);
          break;
        }
      }
    }
    return out;
  }

  /** The name under which a type is registered in its base type's JSON subtypes, if it is. */
  private static Optional<String> jsonName(Class<?> base, Class<?> type, List<String> problems) {
    JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
    List<String> names = new ArrayList<>();
    for (JsonSubTypes.Type t : subtypes == null ? new JsonSubTypes.Type[0] : subtypes.value()) {
      if (type.isAssignableFrom(t.value())) {
        names.add(t.name());
      }
    }
    if (names.size() != 1) {
      problems.add(
          type.getSimpleName()
              + ": registered "
              + names.size()
              + " times in the @JsonSubTypes of "
              + base.getSimpleName()
              + ", not once");
      return Optional.empty();
    }
    return Optional.of(names.get(0));
  }

  private static void sameName(String type, String jsonName, List<String> problems) {
    if (!type.equals(jsonName)) {
      problems.add(type + ": registered in JSON as \"" + jsonName + "\", not by its name");
    }
  }

  private static <T> void roundTrips(T value, Class<T> base, String name, List<String> problems) {
    String json = PeerledJson.write(value);
    try {
      T back = PeerledJson.read(json, base, "test");
      if (!value.equals(back)) {
        problems.add(name + ": reads back from its JSON " + json + " as " + back);
      }
    } catch (JsonInputException ex) {
      problems.add(name + ": does not read back from its JSON: " + ex.getMessage());
    }
  }

  /**
   * Checks that a typed hook of the publisher registers a listener for exactly this type, and that
   * it is declared in one of the per-topic hook interfaces the publisher extends ({@code
   * ProposalHooks}, ...), not in the publisher itself. {@link Class#getMethods()} of an interface
   * includes the methods of the interfaces it extends.
   */
  private static void hook(Class<?> type, List<String> problems) {
    Method found = null;
    for (Method m : GroupEventPublisher.class.getMethods()) {
      if (m.getName().startsWith("on")
          && m.getParameterCount() == 1
          && type.equals(listensFor(m.getGenericParameterTypes()[0]))) {
        found = m;
      }
    }
    if (found == null) {
      problems.add(
          type.getSimpleName()
              + ": GroupEventPublisher has no typed hook on...(Consumer<? super "
              + type.getSimpleName()
              + ">)");
      return;
    }
    Class<?> declaredIn = found.getDeclaringClass();
    if (declaredIn == GroupEventPublisher.class || !declaredIn.getSimpleName().endsWith("Hooks")) {
      problems.add(
          type.getSimpleName()
              + ": its hook "
              + found.getName()
              + " is declared in "
              + declaredIn.getSimpleName()
              + "; move it to the hooks interface of its topic (one that GroupEventPublisher"
              + " extends, such as ProposalHooks)");
    }
    RecordingPublisher publisher = new RecordingPublisher();
    Consumer<Object> listener = e -> {};
    try {
      found.invoke(publisher, listener);
    } catch (IllegalAccessException | InvocationTargetException ex) {
      problems.add(type.getSimpleName() + ": its hook " + found.getName() + " failed: " + ex);
      return;
    }
    if (!found.getName().equals("on" + type.getSimpleName())) {
      problems.add(
          type.getSimpleName()
              + ": its hook is named "
              + found.getName()
              + ", not on"
              + type.getSimpleName());
    }
    if (!type.equals(publisher.registered)) {
      problems.add(
          type.getSimpleName()
              + ": its hook "
              + found.getName()
              + " registers for "
              + publisher.registered);
    }
  }

  /** The {@code E} of a parameter type {@code Consumer<? super E>}, or null. */
  private static @Nullable Type listensFor(Type parameter) {
    if (parameter instanceof ParameterizedType p
        && p.getRawType() == Consumer.class
        && p.getActualTypeArguments()[0] instanceof WildcardType w
        && w.getLowerBounds().length == 1) {
      return w.getLowerBounds()[0];
    }
    return null;
  }

  /** A publisher that only remembers the type the last typed hook registered for. */
  private static final class RecordingPublisher implements GroupEventPublisher {
    @Nullable Class<?> registered;

    @Override
    public Registration onEvent(Consumer<? super GroupEvent> listener) {
      throw new UnsupportedOperationException("a typed hook registers with on(type, listener)");
    }

    @Override
    public <E extends GroupEvent> Registration on(Class<E> type, Consumer<? super E> listener) {
      registered = type;
      return () -> {};
    }

    @Override
    public Registration onCommitted(Consumer<? super Commit> listener) {
      throw new UnsupportedOperationException("not an event hook");
    }

    @Override
    public Registration onListenerFailure(Consumer<? super ListenerFailure> listener) {
      throw new UnsupportedOperationException("not an event hook");
    }
  }

  // ---- helpers ----

  /** The permitted subtype of a sealed base type that a value is. */
  static Class<?> typeOf(Class<?> base, Object value) {
    for (Class<?> type : base.getPermittedSubclasses()) {
      if (type.isInstance(value)) {
        return type;
      }
    }
    throw new AssertionError(value.getClass().getName() + " is none of " + base.getSimpleName());
  }

  static String typeName(Class<?> base, Object value) {
    return typeOf(base, value).getSimpleName();
  }

  private static String report(List<String> problems) {
    return "Types not wired in everywhere:\n  " + String.join("\n  ", problems);
  }
}
