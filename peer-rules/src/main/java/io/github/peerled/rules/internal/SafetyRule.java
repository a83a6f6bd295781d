package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.rules.AnalyzedContribution;
import io.github.peerled.rules.FindingSink;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.Parameter;
import io.github.peerled.rules.Rule;
import io.github.peerled.rules.RuleParameters;
import io.github.peerled.rules.RuleSession;
import io.github.peerled.rules.Severity;
import io.github.peerled.rules.Signpost;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.SuggestedAction;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code safety}: keeps the session safe. Reads the weighted, categorised phrases of the {@code
 * crisis}, {@code graphic} and {@code trauma} lexicons (see {@link SafetyCategory}) and flags:
 *
 * <ul>
 *   <li><b>crisis</b>: a plan, a means, a goodbye, not wanting to be here any more, being a burden,
 *       self-harm, in stock words or not, hedged, in passing or in chat spelling; phrases weighing
 *       together at least {@link SafetyCategory#CRISIS_THRESHOLD} (one strong phrase suffices), not
 *       cancelled by a false alarm ("this heat is killing me"); or called by the learned reading
 *       ({@link CrisisModel}) when the rules call none (it is not asked about a graphic story that
 *       holds no crisis signal: someone else's injury is met as a story). Met at once as {@link
 *       Severity#INTERVENE} with {@link SuggestedAction#CHECK_SAFETY} and the group's crisis
 *       signposts. <b>Crisis always surfaces, whatever the parameters</b>, quoted, reported or
 *       sarcastic, and even when no clause binds this rule. What the facilitator or an invited
 *       advisor says in their role (a check, a signpost, moderation) is a crisis only by a stock
 *       crisis phrase at full weight; a clause of theirs that speaks of themselves alone ("I've
 *       been saving up my tablets") is read as any member's;
 *   <li><b>a graphic story</b>: graphic phrases (violence, injury, death, abuse, self-harm, medical
 *       gore) weighing together at least {@code graphicThreshold} (1.0; one strong phrase such as
 *       "stabbed" suffices, weak ones such as "blood" add up; plain words add up by composition,
 *       see {@link GraphicComposition}: a hurt body told through what was seen, heard or smelt of
 *       it, and {@link GraphicClauses}: a body told in one clause with what was left of it or came
 *       out of it, "his belly open", "bone showing"; within a trauma story beyond the group's topic
 *       a trauma theme told in words of its own adds {@value #TRAUMA_WEIGHT}: a word that is both,
 *       "murdered", weighs once). A story one member tells over a few messages in a row is read
 *       whole: the detail of the one or two messages just before, by the same member, that made no
 *       story of their own adds to the next. Words that lie in the name of one of the group's
 *       signposts ("Freedom from Torture") make no story. The first story of the session draws a
 *       {@link Severity#NUDGE} to affirm and signpost; every later one draws its own {@link
 *       Severity#INTERVENE}. A story is met as a story also when the same contribution is read as a
 *       crisis: the crisis finding asks after the teller's safety, the story's after the detail
 *       told to the group. Within a run (a graphic story among the last {@code avalancheWindow}
 *       substantive contributions) a further story needs only {@code runThreshold} (0.7): stories
 *       told one after another need less detail each to be graphic;
 *   <li><b>the avalanche</b>: at a graphic story, {@code avalancheCount} (3) stories, graphic or
 *       touching trauma themes (themes are in scope, and not counted, when {@code traumaInScope},
 *       false), at least two of them graphic, within the last {@code avalancheWindow} (8)
 *       substantive contributions, as {@link Severity#INTERVENE} with {@link
 *       SuggestedAction#RETURN_TO_TOPIC}, naming every story in the window; the first graphic story
 *       is always met with its own nudge, and themes alone raise nothing. Short replies (fewer than
 *       {@code shortReplyLetters} letters, 30: emoji, reactions, "so sorry") are not substantive
 *       and push no story out of the window; every story is substantive. Nothing resets the count:
 *       a dismissive reply ("anyone not interested can just mute") clears nothing, and each further
 *       story in the window draws the avalanche finding again.
 * </ul>
 *
 * <p>Messages suggest affirming the person, pointing to suitable help (the group's {@link
 * Signpost}s) and bringing the group back to its topic, named when {@link GroupContext#topic()} is
 * known. Work per contribution is linear in its cue hits. Thread-safe; sessions are not.
 */
class SafetyRule implements Rule {
  /** What a trauma theme adds to the graphic phrases of the same contribution. */
  static final double TRAUMA_WEIGHT = 0.5;

  static final Parameter<Double> GRAPHIC_THRESHOLD =
      Parameter.ofDouble(
          "graphicThreshold",
          "summed weight of graphic phrases in one contribution that makes a graphic story",
          1.0,
          0.1,
          100.0);
  static final Parameter<Double> RUN_THRESHOLD =
      Parameter.ofDouble(
          "runThreshold",
          "summed weight of graphic phrases that makes a further graphic story while an earlier"
              + " one is within the avalanche window (the lower of this and graphicThreshold)",
          0.7,
          0.1,
          100.0);
  static final Parameter<Boolean> TRAUMA_IN_SCOPE =
      Parameter.ofBoolean(
          "traumaInScope", "whether trauma themes are the group's own topic", false);
  static final Parameter<Integer> AVALANCHE_WINDOW =
      Parameter.ofInt(
          "avalancheWindow",
          "substantive contributions (not short replies) looked back over for an avalanche",
          8,
          2,
          100);
  static final Parameter<Integer> AVALANCHE_COUNT =
      Parameter.ofInt(
          "avalancheCount",
          "stories with trauma or graphic detail in the window that make an avalanche",
          3,
          2,
          100);
  static final Parameter<Integer> SHORT_REPLY_LETTERS =
      Parameter.ofInt(
          "shortReplyLetters",
          "replies with fewer letters (emoji, reactions) do not count toward the avalanche window",
          30,
          0,
          10_000);

  /** The crisis check alone, for guidelines that bind no safety clause. */
  static final Rule CRISIS_ONLY =
      new SafetyRule() {
        @Override
        public RuleSession startSession(RuleParameters p, GroupContext c, GroupResources r) {
          return new State(p, c, r, false);
        }
      };

  @Override
  public String id() {
    return BuiltinRules.SAFETY;
  }

  @Override
  public String description() {
    return "Safety: crisis is met at once; graphic stories and an avalanche of trauma stories are"
        + " met with care, more firmly as they follow one another: affirm, point to help, return"
        + " to the topic.";
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(
        GRAPHIC_THRESHOLD,
        TRAUMA_IN_SCOPE,
        AVALANCHE_WINDOW,
        AVALANCHE_COUNT,
        SHORT_REPLY_LETTERS,
        RUN_THRESHOLD);
  }

  @Override
  public RuleSession startSession(RuleParameters p, GroupContext c, GroupResources r) {
    return new State(p, c, r, true);
  }

  static class State implements RuleSession {
    private final GroupContext context;
    private final List<Signpost> crisisHelp;
    private final List<Signpost> help;
    private final SignpostNames helpNames;
    private final boolean full;
    private final double graphicThreshold;
    private final double runThreshold;
    private final boolean traumaInScope;
    private final int window;
    private final int count;
    private final int shortReply;
    private final String backToTopic;
    // the stories of the last window substantive contributions, a ring
    private final int[] storyNumber;
    private final int[] storyOrdinal;
    private final MemberId[] storyAuthor;
    private final boolean[] storyGraphic;
    private int stories; // in the ring
    private int head;
    private int substantive; // substantive contributions so far
    private int graphicStories; // in the session
    private final CrisisContext crisisContext = new CrisisContext();
    // the story its author may be telling in parts: the graphic weight of the one or two
    // contributions just before, by the same author, that were no graphic story of their own
    private @Nullable MemberId teller;
    private double lastPart;
    private double partBefore;
    private boolean lastTrauma;
    private boolean traumaBefore;

    State(RuleParameters p, GroupContext context, GroupResources r, boolean full) {
      this.context = context;
      this.full = full;
      this.graphicThreshold = p.get(GRAPHIC_THRESHOLD);
      this.runThreshold = Math.min(graphicThreshold, p.get(RUN_THRESHOLD));
      this.traumaInScope = p.get(TRAUMA_IN_SCOPE);
      this.window = p.get(AVALANCHE_WINDOW);
      this.count = p.get(AVALANCHE_COUNT);
      this.shortReply = p.get(SHORT_REPLY_LETTERS);
      this.storyNumber = new int[window];
      this.storyOrdinal = new int[window];
      this.storyAuthor = new MemberId[window];
      this.storyGraphic = new boolean[window];
      this.backToTopic =
          "gently bring the group back to " + context.topic().orElse("its topic") + ".";
      List<Signpost> crisis = new ArrayList<>();
      List<Signpost> other = new ArrayList<>();
      for (Signpost s : r.signposts()) {
        (s.kind() == Signpost.Kind.CRISIS ? crisis : other).add(s);
      }
      this.crisisHelp = crisis.isEmpty() ? other : crisis;
      List<Signpost> all = new ArrayList<>(other);
      all.addAll(crisis);
      this.help = all;
      this.helpNames = new SignpostNames(all);
    }

    @Override
    public void accept(AnalyzedContribution c, FindingSink sink) {
      Analysis a = (Analysis) c;
      SafetyReading s = a.safety(); // the learned reading reads every contribution
      boolean cued =
          a.has(Cue.CRISIS)
              || a.has(Cue.GRAPHIC)
              || a.has(Cue.TRAUMA)
              || a.has(Cue.CRISIS_READING)
              || a.has(Cue.CRISIS_ARRANGEMENT)
              || s.graphic > 0
              || s.learned;
      Span byContext = crisisContext.read(a, s);
      MemberId author = a.contribution().author();
      if (!author.equals(teller)) {
        teller = author;
        nextPart(0, false);
        nextPart(0, false);
      }
      if (!cued) {
        if (full && a.letters >= shortReply) {
          substantive++;
        }
        nextPart(0, false);
        return;
      }
      String name = context.nameOf(author);
      int number = a.contribution().number();
      boolean own = crisisContext.own();
      boolean crisis = own || byContext != null;
      Span arranged = crisisContext.ownSpan();
      List<Span> spans =
          arranged != null
              ? List.of(arranged)
              : own || byContext == null ? s.crisisSpans : List.of(byContext);
      if (crisis
          && s.crisis < SafetyCategory.CRISIS_THRESHOLD - 1e-9
          && RoleSpeech.speaksInRole(context, author)
          && !RoleSpeech.ofThemselves(a, spans)) {
        crisis = false; // a check, a signpost or moderation, read by the weaker readings alone
      }
      if (crisis) {
        Span first = spans.get(0);
        int about = crisisContext.answered();
        sink.report(
            sink.draft(
                    Severity.INTERVENE,
                    SuggestedAction.CHECK_SAFETY,
                    name
                        + " said something that may mean they are in crisis ("
                        + Texts.quote(a.text, first.start(), first.end())
                        + "). Please respond now and with care: thank them for saying it, ask"
                        + " gently whether they are safe, and "
                        + Texts.pointTo(
                            crisisHelp, "point to local emergency services or a crisis line")
                        + ".")
                .spans(spans)
                .contributions(about > 0 ? List.of(about, number) : List.of(number))
                .addMember(author)
                .signposts(crisisHelp)
                .build());
      }
      if (!full) {
        return;
      }
      boolean ownTrauma = !traumaInScope && !s.traumaSpans.isEmpty();
      boolean trauma = ownTrauma || lastTrauma || traumaBefore;
      boolean beside = lastTrauma || traumaBefore || (ownTrauma && themeBesideDetail(s));
      double weight = s.graphic + lastPart + partBefore + (beside ? TRAUMA_WEIGHT : 0);
      boolean graphic =
          s.graphic > 0
              && (weight >= graphicThreshold - 1e-9
                  || (weight >= runThreshold - 1e-9 && graphicInWindow()))
              && !helpNames.holdAll(a.lower, s.graphicSpans);
      if (graphic) {
        nextPart(0, false); // told: a further part starts a new story
        nextPart(0, false);
      } else {
        nextPart(s.graphic, ownTrauma);
      }
      boolean story = graphic || ownTrauma;
      if (!story && a.letters < shortReply) {
        return;
      }
      substantive++;
      if (!story) {
        return;
      }
      remember(number, author, graphic);
      if (graphic) {
        graphicStories++;
      }
      List<Span> detail = new ArrayList<>(s.graphicSpans);
      if (trauma) {
        detail.addAll(s.traumaSpans);
        detail.sort((x, y) -> Integer.compare(x.start(), y.start()));
      }
      if (!graphic) {
        return; // a trauma theme counts toward the avalanche, and is met with a graphic story
      }
      if (stories >= count && graphicInRing() >= 2) {
        reportAvalanche(sink, detail);
      } else {
        reportStory(sink, a, s, detail, name, author, number);
      }
    }

    /**
     * Tells whether a trauma theme of a contribution is told beside its graphic detail, in words of
     * its own: a word that is both ("murdered") weighs once, as detail.
     */
    private static boolean themeBesideDetail(SafetyReading s) {
      for (Span theme : s.traumaSpans) {
        boolean inside = false;
        for (Span detail : s.graphicSpans) {
          inside |= detail.start() < theme.end() && theme.start() < detail.end();
        }
        if (!inside) {
          return true;
        }
      }
      return false;
    }

    /** Counts the graphic stories among the stories in the window. */
    private int graphicInRing() {
      int n = 0;
      for (int i = 0; i < stories; i++) {
        if (storyGraphic[(head - 1 - i + window) % window]) {
          n++;
        }
      }
      return n;
    }

    /** Moves the parts of the author's story on by one contribution. */
    private void nextPart(double graphicWeight, boolean trauma) {
      partBefore = lastPart;
      traumaBefore = lastTrauma;
      lastPart = graphicWeight;
      lastTrauma = trauma;
    }

    private void reportStory(
        FindingSink sink,
        Analysis a,
        SafetyReading s,
        List<Span> detail,
        String name,
        MemberId author,
        int number) {
      Span strongest = s.strongestGraphic != null ? s.strongestGraphic : detail.get(0);
      String said =
          " shared graphic detail of "
              + s.graphicCategory.description()
              + " ("
              + Texts.quote(a.text, strongest.start(), strongest.end())
              + ")";
      boolean first = graphicStories == 1;
      String message =
          first
              ? name
                  + said
                  + ". You could thank them for trusting the group, "
                  + Texts.pointTo(help, "mention where support is available")
                  + ", and "
                  + backToTopic
              : name
                  + said
                  + ", graphic story number "
                  + graphicStories
                  + " this session. Please meet it now and with care: thank "
                  + name
                  + ", "
                  + Texts.pointTo(help, "mention where support is available")
                  + ", and "
                  + backToTopic;
      sink.report(
          sink.draft(
                  first ? Severity.NUDGE : Severity.INTERVENE,
                  SuggestedAction.AFFIRM_AND_SIGNPOST,
                  message)
              .suggestsHold(true)
              .spans(detail)
              .addContribution(number)
              .addMember(author)
              .signposts(help)
              .build());
    }

    private void reportAvalanche(FindingSink sink, List<Span> detail) {
      List<Integer> involved = new ArrayList<>(stories);
      List<MemberId> who = new ArrayList<>(stories);
      for (int i = 0; i < stories; i++) {
        int k = (head - stories + i + window) % window;
        involved.add(storyNumber[k]);
        if (!who.contains(storyAuthor[k])) {
          who.add(storyAuthor[k]);
        }
      }
      sink.report(
          sink.draft(
                  Severity.INTERVENE,
                  SuggestedAction.RETURN_TO_TOPIC,
                  "Distressing stories are following one another ("
                      + stories
                      + " of the last "
                      + Math.min(window, substantive)
                      + " contributions, not counting short replies). Please meet this now and"
                      + " with care: affirm those who shared, "
                      + Texts.pointTo(help, "mention where support is available")
                      + ", and "
                      + backToTopic)
              .spans(detail)
              .contributions(involved)
              .members(who)
              .signposts(help)
              .build());
    }

    /**
     * Tells whether a graphic story is among the last {@code window} substantive contributions
     * before this one: a run, in which a further story needs only {@code runThreshold}.
     */
    private boolean graphicInWindow() {
      for (int i = 0; i < stories; i++) {
        int k = (head - 1 - i + window) % window;
        if (storyOrdinal[k] <= substantive + 1 - window) {
          return false; // older ones are outside the window too
        }
        if (storyGraphic[k]) {
          return true;
        }
      }
      return false;
    }

    /** Adds a story to the ring and drops those now outside the window. */
    private void remember(int number, MemberId author, boolean graphic) {
      storyNumber[head] = number;
      storyOrdinal[head] = substantive;
      storyAuthor[head] = author;
      storyGraphic[head] = graphic;
      head = (head + 1) % window;
      stories = Math.min(stories + 1, window);
      while (stories > 0
          && storyOrdinal[(head - stories + window) % window] <= substantive - window) {
        stories--;
      }
    }
  }
}
