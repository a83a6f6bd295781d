package io.github.peerled.rules.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The detector reads the one tokenisation: its tokens, read from the words of {@link TextScan}, are
 * the tokens its own char-level tokeniser made before ({@link ReferenceTokenizer}), on every text,
 * so the trained weights read the same features.
 */
class TokenizerReadsScanTest {
  private static final Lexicon LEX = Lexicon.load("en");
  private static final Tokenizer TOKENIZER = new Tokenizer(LEX);
  private static final ReferenceTokenizer REFERENCE = new ReferenceTokenizer(LEX);

  /** Chars at which the two readings of a word could part: joins, clitics, marks, capitals. */
  private static final String TRICKY =
      "aAeIsSusUStdnmrlvgz09 '\u2019\u2018-.,\u2026?!\n\r\t\"\u201c\u201d;:()\u2013\u2014"
          + "\u00e9\u0130\u00df\u00a0_#";

  private static String describe(Tokens t, String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.n; i++) {
      b.append('[')
          .append(text, t.start[i], t.end[i])
          .append(' ')
          .append(t.start[i])
          .append('-')
          .append(t.end[i])
          .append(" id=")
          .append(t.id[i])
          .append(" h=")
          .append(t.hash[i])
          .append(" k=")
          .append(t.kind[i])
          .append(" g=")
          .append(t.guessMask[i])
          .append("] ");
    }
    return b.toString();
  }

  private static boolean sameTokens(String text) {
    return describe(TOKENIZER.tokenize(text), text)
        .equals(describe(REFERENCE.tokenize(text), text));
  }

  @Test
  void should_read_the_words_of_the_scan_as_the_reference_tokeniser_on_texts_of_tricky_chars() {
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, TRICKY.length() - 1)).ofSizeBetween(0, 40))
        .asWithPrecursor(
            picks -> {
              StringBuilder b = new StringBuilder();
              picks.forEach(k -> b.append(TRICKY.charAt(k)));
              return b.toString();
            })
        .check((picks, text) -> sameTokens(text));
  }

  @Test
  void should_read_the_words_of_the_scan_as_the_reference_tokeniser_on_any_text() {
    qt().withExamples(5_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 60))
        // U+02BC is the one char read differently on purpose (see the test below)
        .check(text -> sameTokens(text.replace('\u02bc', '\u2019')));
  }

  @Test
  void should_read_the_words_of_the_scan_as_the_reference_tokeniser_on_every_test_text() {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".session") || name.endsWith(".tsv") || name.endsWith(".txt")) {
          lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(lines).hasSizeGreaterThan(10_000);
    List<String> differing = new ArrayList<>();
    for (String line : lines) {
      if (!sameTokens(line)) {
        differing.add(line);
      }
    }
    assertThat(differing).isEmpty();
  }

  @Test
  void should_split_where_the_reference_split_on_known_cases() {
    for (String text :
        List.of(
            "self-harm, e.g. 7.5 or 1,000 - and 90's 're dont US us",
            "Dr. Smith said it's 3-4 days... ok?! \"fine\" \u2014 'cause",
            "I'd've",
            "x ''re",
            "a.b.c",
            "--- ...",
            "rock'n'roll")) {
      assertThat(describe(TOKENIZER.tokenize(text), text))
          .as(text)
          .isEqualTo(describe(REFERENCE.tokenize(text), text));
    }
  }

  @Test
  void should_read_a_modifier_letter_apostrophe_as_the_apostrophe_it_stands_for() {
    // the reference read U+02BC as a letter of the word; the scan reads it as an apostrophe
    Tokens modifier = TOKENIZER.tokenize("I don\u02bct");
    Tokens straight = TOKENIZER.tokenize("I don't");
    assertThat(modifier.n).isEqualTo(straight.n).isGreaterThan(2);
    assertThat(java.util.Arrays.copyOf(modifier.id, modifier.n))
        .containsExactly(java.util.Arrays.copyOf(straight.id, straight.n));
  }
}
