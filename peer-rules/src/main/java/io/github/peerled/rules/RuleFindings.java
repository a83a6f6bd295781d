package io.github.peerled.rules;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.SessionClosed;
import io.github.peerled.core.event.SessionStarted;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.runtime.Commit;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.ListenerFailure;
import io.github.peerled.core.runtime.ListenerRegistry;
import io.github.peerled.core.runtime.Registration;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The group's facilitation rules reviewing each contribution as a session runs in a {@link
 * GroupRuntime}, and telling the host what they find.
 *
 * <pre>{@code
 * RuleFindings findings = RuleFindings.attach(runtime, group -> resourcesOf(group));
 * findings.onGroupFinding((group, f) -> facilitatorPanel(group).show(f.message()));
 * }</pre>
 *
 * <p>It listens to the runtime's committed commands ({@link
 * io.github.peerled.core.runtime.GroupEventPublisher#onCommitted}). When a session starts it builds
 * the group's {@link RuleSet} from the guideline version the session runs under (the one in force
 * at {@link SessionStarted}) and the group's {@link GroupResources}, and starts one incremental
 * {@link SessionReview} for the session; each {@link ContributionRecorded} is fed to it, and {@link
 * SessionClosed} finishes it. Every finding goes to the finding listeners, in order. The findings
 * of a session are those of {@link RuleSet#review} over the same contributions. A session that had
 * already started when this was attached is reviewed from the first contribution seen, with the
 * guidelines it runs under.
 *
 * <h2>Delivery and failures</h2>
 *
 * Finding listeners are called on the runtime's listener thread for the group, after the
 * contribution is durable, one group's findings in order (the runtime's delivery rules apply). A
 * finding listener that throws is reported through {@link System.Logger} (logger {@code
 * io.github.peerled.rules}, level WARNING) and to the {@link #onListenerFailure} listeners, with
 * the finding as the notification; the other listeners are still called (the runtime's own
 * listeners are isolated and reported the same way: both keep them in a {@link
 * io.github.peerled.core.runtime.ListenerRegistry}). If the guidelines a session runs under cannot
 * be enforced (an {@link InvalidGuidelinesException}; {@link RuleGuards#guidelineChanges()} keeps
 * such guidelines out), or the resources function throws, the exception goes to the runtime, which
 * reports it as its own listener failure; that session is then not reviewed.
 *
 * <p>Thread-safe. Listeners may be added and removed at any time.
 */
public final class RuleFindings implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.rules");

  private record Key(GroupId group, SessionId session) {}

  private record Rules(int version, GroupResources resources, RuleSet rules) {}

  /** A session's review; {@code review} is null if its rules could not be built. */
  private static final class Review {
    final @Nullable SessionReview review;

    Review(@Nullable SessionReview review) {
      this.review = review;
    }
  }

  private final Function<? super GroupId, ? extends GroupResources> resources;
  private final Map<Key, Review> reviews = new ConcurrentHashMap<>();
  private final Map<GroupId, Rules> rulesByGroup = new ConcurrentHashMap<>();
  private final ListenerRegistry<ListenerFailure> failureListeners =
      ListenerRegistry.failureHooks(LOG);
  private final ListenerRegistry<Finding> findingListeners =
      ListenerRegistry.reportingTo(failureListeners, LOG, f -> "a " + f.ruleId() + " finding");
  private final Registration registration;
  private volatile boolean closed;

  private RuleFindings(
      GroupRuntime runtime, Function<? super GroupId, ? extends GroupResources> resources) {
    this.resources = resources;
    this.registration = runtime.eventPublisher().onCommitted(this::committed);
  }

  /**
   * Attaches the rules to a runtime, with every group's resources from a function.
   *
   * @param runtime the runtime
   * @param resourcesByGroup what each group configured (its language, signposts, myths, answers);
   *     called when a session starts, on the runtime's listener thread; must not return null
   * @return the attachment, to add listeners to and to {@link #close()}
   * @throws NullPointerException if an argument is null
   */
  public static RuleFindings attach(
      GroupRuntime runtime, Function<? super GroupId, ? extends GroupResources> resourcesByGroup) {
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(resourcesByGroup, "resourcesByGroup");
    return new RuleFindings(runtime, resourcesByGroup);
  }

  /**
   * Attaches the rules to a runtime, with {@link GroupResources#ofDefaults()} for every group.
   *
   * @param runtime the runtime
   * @return the attachment
   * @throws NullPointerException if {@code runtime} is null
   */
  public static RuleFindings attach(GroupRuntime runtime) {
    GroupResources defaults = GroupResources.ofDefaults();
    return attach(runtime, g -> defaults);
  }

  /**
   * Listens for findings.
   *
   * @param listener called with each finding
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  public Registration onFinding(Consumer<? super Finding> listener) {
    Objects.requireNonNull(listener, "listener");
    return findingListeners.add("onFinding", listener, Finding.class, (g, f) -> listener.accept(f));
  }

  /**
   * Listens for findings with the group they are about.
   *
   * @param listener called with the group and each finding
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  public Registration onGroupFinding(BiConsumer<? super GroupId, ? super Finding> listener) {
    Objects.requireNonNull(listener, "listener");
    return findingListeners.add("onGroupFinding", listener, Finding.class, listener);
  }

  /**
   * Listens for finding listeners that threw. A failure hook that throws itself is only logged.
   *
   * @param listener called with the failure; its notification is the {@link Finding}
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  public Registration onListenerFailure(Consumer<? super ListenerFailure> listener) {
    Objects.requireNonNull(listener, "listener");
    return failureListeners.add(
        "onListenerFailure", listener, ListenerFailure.class, (g, f) -> listener.accept(f));
  }

  /**
   * Detaches from the runtime: no finding is reported for commands delivered after this returns,
   * and the open reviews are dropped. Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    registration.remove();
    reviews.clear();
    rulesByGroup.clear();
  }

  private void committed(Commit commit) {
    if (closed) {
      return;
    }
    GroupId group = commit.group();
    for (GroupEvent e : commit.events()) {
      if (e instanceof SessionStarted s) {
        start(group, s.sessionId(), commit.after());
      } else if (e instanceof ContributionRecorded c) {
        Key key = new Key(group, c.contribution().sessionId());
        Review r = reviews.get(key);
        if (r == null) {
          r = start(group, key.session(), commit.before());
        }
        SessionReview review = r.review;
        if (review != null) {
          deliver(group, review.accept(c.contribution()));
        }
      } else if (e instanceof SessionClosed s) {
        Review r = reviews.remove(new Key(group, s.sessionId()));
        SessionReview review = r == null ? null : r.review;
        if (review != null) {
          deliver(group, review.finish());
        }
      }
    }
  }

  private Review start(GroupId group, SessionId id, GroupState state) {
    Key key = new Key(group, id);
    reviews.put(key, new Review(null)); // if the rules cannot be built, the session is skipped
    Optional<Session> session = state.session(id);
    if (session.isEmpty()) {
      return new Review(null);
    }
    int number = session.get().guidelineVersion();
    GuidelineVersion version =
        state.guidelines().version(number).or(state::guidelinesInForce).orElse(null);
    if (version == null) {
      return new Review(null);
    }
    Review r = new Review(rulesOf(group, version).start(GroupContext.of(state, session.get())));
    reviews.put(key, r);
    return r;
  }

  private RuleSet rulesOf(GroupId group, GuidelineVersion version) {
    GroupResources res =
        Objects.requireNonNull(resources.apply(group), "no resources for group " + group);
    Rules cached = rulesByGroup.get(group);
    if (cached != null && cached.version() == version.number() && cached.resources().equals(res)) {
      return cached.rules();
    }
    RuleSet rules = RuleSet.of(version, res);
    rulesByGroup.put(group, new Rules(version.number(), res, rules));
    return rules;
  }

  private void deliver(GroupId group, List<Finding> findings) {
    for (Finding f : findings) {
      findingListeners.deliver(group, f);
    }
  }
}
