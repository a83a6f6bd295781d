package io.github.peerled.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.peerled.core.internal.Ceilings;

/**
 * The limits of the JSON reader, the one set for every mapper of the library (the model's and the
 * stores'), checked by the parser as it reads, before a value is bound:
 *
 * <ul>
 *   <li>text of at most {@link Ceilings#MAX_TEXT_LENGTH} characters in one string, the longest any
 *       field may hold, so a store reads back whatever it may write;
 *   <li>at most {@value #MAX_DEPTH} levels of nesting: the deepest document the model writes (a
 *       group state, with its proposals, guideline versions and the parameters of their rules) is
 *       eight levels deep, so 64 leaves ample room to grow while a hostile document cannot make a
 *       recursive reader go deep;
 *   <li>Jackson's defaults for numbers (1000 digits) and field names (50,000 characters).
 * </ul>
 *
 * <p>A value past a limit fails with an {@link Exceeded} whose reason is in plain words.
 * Thread-safe and immutable.
 */
final class ReadLimits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  /** The deepest nesting of objects and arrays the reader accepts. */
  static final int MAX_DEPTH = 64;

  /** The limits. */
  static final ReadLimits LIMITS = new ReadLimits();

  private ReadLimits() {
    super(
        MAX_DEPTH,
        DEFAULT_MAX_DOC_LEN,
        DEFAULT_MAX_NUM_LEN,
        Ceilings.MAX_TEXT_LENGTH,
        DEFAULT_MAX_NAME_LEN,
        DEFAULT_MAX_TOKEN_COUNT);
  }

  /** A limit was passed; {@link #atValue} tells whether the parser stood at the value that did. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    final String reason;
    final boolean atValue;

    Exceeded(String reason, boolean atValue) {
      super(reason);
      this.reason = reason;
      this.atValue = atValue;
    }
  }

  @Override
  public void validateStringLength(int length) throws StreamConstraintsException {
    if (length > _maxStringLen) {
      throw new Exceeded("text of more than " + _maxStringLen + " characters", true);
    }
  }

  @Override
  public void validateNameLength(int length) throws StreamConstraintsException {
    if (length > _maxNameLen) {
      throw new Exceeded("a field name of more than " + _maxNameLen + " characters", false);
    }
  }

  @Override
  public void validateNestingDepth(int depth) throws StreamConstraintsException {
    if (depth > _maxNestingDepth) {
      throw new Exceeded("nested more than " + _maxNestingDepth + " levels deep", true);
    }
  }

  @Override
  public void validateIntegerLength(int length) throws StreamConstraintsException {
    if (length > _maxNumLen) {
      throw new Exceeded("a number of more than " + _maxNumLen + " digits", true);
    }
  }

  @Override
  public void validateFPLength(int length) throws StreamConstraintsException {
    validateIntegerLength(length);
  }
}
