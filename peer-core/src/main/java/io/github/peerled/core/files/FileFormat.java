package io.github.peerled.core.files;

/**
 * The versioned file formats of Peerled. A document names its format in a top-level {@code format}
 * member, such as {@code "format": "peerled-group/1"}; a reader refuses a format or version it does
 * not read. Each format has a JSON Schema (2020-12) in the jar that holds its reader, at {@link
 * #schema()}. Immutable and thread-safe.
 */
public enum FileFormat {
  /** A group file: profile, governance, members, guidelines in force, resources (peer-rules). */
  GROUP("peerled-group", true),
  /** A session transcript: who facilitated, who was there, what was said. */
  SESSION("peerled-session", true),
  /** A proposed change: a proposal content, such as a guideline amendment. */
  CHANGE("peerled-change", false),
  /** A simulation scenario: the group, its behaviour and the policies to compare. */
  SCENARIO("peerled-scenario", false),
  /**
   * An event log: JSON lines, one event a line, after an optional first line {@code
   * {"format":"peerled-events/1"}}.
   */
  EVENT_LOG("peerled-events", false),
  /** The JSON output of {@code peer review}: the findings on a session. */
  FINDINGS("peerled-findings", true),
  /** The JSON output of {@code peer validate}: the violations, by file. */
  VIOLATIONS("peerled-violations", true),
  /** The JSON output of {@code peer replay}: the state of a group. */
  STATE("peerled-state", true);

  /** The version of every format this release reads and writes. */
  static final int FORMAT_VERSION = 1;

  private final String name;
  private final boolean required;

  FileFormat(String name, boolean required) {
    this.name = name;
    this.required = required;
  }

  /**
   * Returns the format and version this release writes.
   *
   * @return the value of the {@code format} member, such as {@code peerled-group/1}
   */
  public String id() {
    return name + "/" + FORMAT_VERSION;
  }

  /**
   * Returns the version of this format that this release writes: the number after the slash in
   * {@link #id()}. It is the version of the file's layout, not a group's version (the sequence
   * number of its latest event) nor the number of a guideline version.
   *
   * @return the format version, such as 1
   */
  public int formatVersion() {
    return FORMAT_VERSION;
  }

  /**
   * Tells whether a document must name its format. Formats that had no {@code format} member in
   * their first release (changes, scenarios, event logs) may leave it out, and are then read as
   * version 1.
   *
   * @return true if the {@code format} member is required
   */
  public boolean required() {
    return required;
  }

  /**
   * Returns where the JSON Schema of this format is, as a class-path resource.
   *
   * @return the resource name, such as {@code META-INF/peerled/schema/group-1.schema.json}
   */
  public String schema() {
    return "META-INF/peerled/schema/"
        + name.substring("peerled-".length())
        + "-"
        + FORMAT_VERSION
        + ".schema.json";
  }
}
