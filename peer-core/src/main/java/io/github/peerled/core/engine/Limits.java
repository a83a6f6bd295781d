package io.github.peerled.core.engine;

import io.github.peerled.core.internal.Ceilings;
import io.github.peerled.core.style.PeerledStyle;
import org.immutables.value.Value;

/**
 * The most a command may carry: a maximum for every text and every collection, checked by {@link
 * GroupEngine#decide} before anything else. A command over a limit is rejected as {@link
 * RejectionReason#INVALID}, with a message that names the field by its JSON path, the limit and the
 * size; nothing is appended. The same check refuses text holding a control character other than
 * tab, line feed and carriage return, or a lone surrogate (which no UTF-8 file can hold), naming
 * the offset; zero-width and right-to-left marks are ordinary text.
 *
 * <p>Lengths are counted in UTF-16 chars, as {@link String#length()} counts them. The defaults lie
 * far above what a real group writes; each says why below. A host sets its own through {@link
 * #custom()}:
 *
 * <pre>{@code
 * Limits limits = Limits.custom().contributionText(50_000).build();
 * GroupEngine engine = GroupEngine.of(Clock.systemUTC(), limits);
 * }</pre>
 *
 * <p>Every limit is at least 1 and at most a hard ceiling: one million chars for a single text,
 * eight million for a total, and the ceiling given for each collection. Under the ceilings every
 * record a store writes holds no text longer than the JSON reader accepts and stays below about 40
 * MB, so it can always be read back.
 *
 * <p>Whatever the limits, the periods of governance settings (the newcomer period, and each
 * procedure's discussion period and deadline) are at most 100 years: longer ones mean nothing to a
 * group and would overflow the engine's arithmetic on instants.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PeerledStyle
public abstract class Limits {
  /** The most text, in chars, that one command or one guideline version may hold in all. */
  private static final int MAX_TOTAL_TEXT = 8_000_000;

  private static final int MAX_FOUNDERS = 10_000;
  private static final int MAX_CLAUSES = 10_000;
  private static final int MAX_CHANGES = 10_000;
  private static final int MAX_RULE_PARAMETERS = 1_000;
  private static final int MAX_MEMBERS = 100_000;

  Limits() {}

  /**
   * Returns the limits a real group never meets, listed with each accessor.
   *
   * @return the default limits
   */
  public static Limits ofDefaults() {
    return custom().build();
  }

  /**
   * Returns a builder preset with the defaults; {@code build()} throws {@link
   * IllegalArgumentException} if a limit is below 1 or above its ceiling.
   *
   * @return a new builder; not thread-safe, the limits it builds are
   */
  public static ImmutableLimits.Builder custom() {
    return ImmutableLimits.builder();
  }

  /**
   * Returns the longest text of a contribution to a session ({@code $.text} of {@code
   * RecordContribution}).
   *
   * @return 20,000 chars unless set (about 3,000 words, twenty minutes of speech; nobody says that
   *     much in one turn)
   */
  @Value.Default
  public int contributionText() {
    return 20_000;
  }

  /**
   * Returns the longest comment on a proposal ({@code $.text} of {@code CommentOnProposal}).
   *
   * @return 20,000 chars unless set (a long letter; comments are a few paragraphs)
   */
  @Value.Default
  public int commentText() {
    return 20_000;
  }

  /**
   * Returns the longest title of a proposal ({@code $.title} of {@code DraftProposal}).
   *
   * @return 200 chars unless set (a title is one line)
   */
  @Value.Default
  public int proposalTitle() {
    return 200;
  }

  /**
   * Returns the longest rationale of a proposal ({@code $.rationale} of {@code DraftProposal}).
   *
   * @return 20,000 chars unless set (a long letter; a rationale is a few paragraphs)
   */
  @Value.Default
  public int proposalRationale() {
    return 20_000;
  }

  /**
   * Returns the longest reason given with a stance ({@code $.reason} of {@code TakeStance}).
   *
   * @return 10,000 chars unless set (a page and a half; an objection's reason is a paragraph)
   */
  @Value.Default
  public int stanceReason() {
    return 10_000;
  }

  /**
   * Returns the longest name a member goes by ({@code $.displayName} of {@code JoinGroup}, {@code
   * $.founders[i].displayName} of {@code FoundGroup}).
   *
   * @return 200 chars unless set (the longest full names people use are under 100)
   */
  @Value.Default
  public int displayName() {
    return 200;
  }

  /**
   * Returns the longest text of one guideline clause (in a founding draft, or added or amended by a
   * proposal).
   *
   * @return 10,000 chars unless set (a page and a half; a clause is a sentence or a paragraph)
   */
  @Value.Default
  public int clauseText() {
    return 10_000;
  }

  /**
   * Returns the longest rule id, parameter name and parameter value of a clause's rule binding.
   *
   * @return 1,000 chars unless set (these are short tokens: ids, numbers, durations, names)
   */
  @Value.Default
  public int ruleText() {
    return 1_000;
  }

  /**
   * Returns the longest name of a group ({@code $.profile.name} of {@code FoundGroup}).
   *
   * @return 200 chars unless set (a name is one line)
   */
  @Value.Default
  public int groupName() {
    return 200;
  }

  /**
   * Returns the longest purpose, topic and description of who may join, in a group's profile.
   *
   * @return 5,000 chars unless set (each is a few sentences)
   */
  @Value.Default
  public int profileText() {
    return 5_000;
  }

  /**
   * Returns the longest schedule, place and online link of a meeting plan (in a group's profile or
   * a logistics proposal), and the longest place of a scheduled session.
   *
   * @return 2,000 chars unless set (a line or two; long meeting links are a few hundred chars)
   */
  @Value.Default
  public int meetingText() {
    return 2_000;
  }

  /**
   * Returns the most founders one founding may list. At most 10,000.
   *
   * @return 1,000 unless set (groups are founded by a handful of people, each of whom endorses)
   */
  @Value.Default
  public int founders() {
    return 1_000;
  }

  /**
   * Returns the most clauses one guideline version may hold: a founding draft, the version a
   * proposal would make, and the clause ids of a reorder. At most 10,000.
   *
   * @return 500 unless set (real guidelines hold five to thirty clauses)
   */
  @Value.Default
  public int clauses() {
    return 500;
  }

  /**
   * Returns the most changes one guideline proposal may carry. At most 10,000.
   *
   * @return 500 unless set (enough to amend every clause of a large version; real proposals carry
   *     one to a few)
   */
  @Value.Default
  public int changes() {
    return 500;
  }

  /**
   * Returns the most parameters one rule binding may carry. At most 1,000.
   *
   * @return 100 unless set (the built-in rules take at most seven)
   */
  @Value.Default
  public int ruleParameters() {
    return 100;
  }

  /**
   * Returns the most members a group may hold, counting those who left (the group keeps their ids).
   * Joining a full group is refused; the founders, the attendees listed when a session starts and
   * the mentors a proposal names are bounded by it too. At most 100,000.
   *
   * @return 10,000 unless set (peer groups are five to fifty people; online communities a few
   *     thousand)
   */
  @Value.Default
  public int members() {
    return 10_000;
  }

  /**
   * Returns the most text one command may carry in all its fields together. At most 8,000,000; a
   * host that raises the limits of several fields may need to raise this one too.
   *
   * @return 1,000,000 chars unless set (about 150,000 words, a long book; real founding drafts and
   *     proposals are a few pages)
   */
  @Value.Default
  public int commandText() {
    return 1_000_000;
  }

  /**
   * Returns the most text one guideline version may hold, all clauses together (their text, rule
   * ids and parameters). At most 8,000,000.
   *
   * @return 1,000,000 chars unless set (a long book; real guidelines are a page or two)
   */
  @Value.Default
  public int guidelineText() {
    return 1_000_000;
  }

  /**
   * Checks each limit against its ceiling.
   *
   * @throws IllegalArgumentException if a limit is below 1 or above its ceiling; the message names
   *     it and the allowed range
   */
  @Value.Check
  void check() {
    int text = Ceilings.MAX_TEXT_LENGTH;
    within("contributionText", contributionText(), text);
    within("commentText", commentText(), text);
    within("proposalTitle", proposalTitle(), text);
    within("proposalRationale", proposalRationale(), text);
    within("stanceReason", stanceReason(), text);
    within("displayName", displayName(), text);
    within("clauseText", clauseText(), text);
    within("ruleText", ruleText(), text);
    within("groupName", groupName(), text);
    within("profileText", profileText(), text);
    within("meetingText", meetingText(), text);
    within("founders", founders(), MAX_FOUNDERS);
    within("clauses", clauses(), MAX_CLAUSES);
    within("changes", changes(), MAX_CHANGES);
    within("ruleParameters", ruleParameters(), MAX_RULE_PARAMETERS);
    within("members", members(), MAX_MEMBERS);
    within("commandText", commandText(), MAX_TOTAL_TEXT);
    within("guidelineText", guidelineText(), MAX_TOTAL_TEXT);
  }

  private static void within(String name, int value, int ceiling) {
    if (value < 1 || value > ceiling) {
      throw new IllegalArgumentException(
          "the limit " + name + " must be from 1 to " + ceiling + ", was " + value);
    }
  }
}
