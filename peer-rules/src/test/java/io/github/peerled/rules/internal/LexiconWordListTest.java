package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.Detectors;
import org.junit.jupiter.api.Test;

class LexiconWordListTest {
  private final Analyzer analyzer =
      SharedAnalysis.analyzer(
          LexiconSource.builtIn(), GroupResources.ofDefaults(), Detectors.defaultDetector());

  @Test
  void should_look_up_common_link_and_possessive_words_without_scanning_for_them() {
    Analysis a = analyzer.analyze("You are such a star and your pump is the best.");

    assertThat(a.has(Cue.ATTACK_LINK)).isFalse();
    assertThat(a.has(Cue.POSSESSIVE)).isFalse();
    assertThat(a.lexicon.isWord(Cue.ATTACK_LINK, a.lower, 4, 7)).isTrue(); // are
    assertThat(a.lexicon.isWord(Cue.POSSESSIVE, a.lower, 24, 28)).isTrue(); // your
    assertThat(a.lexicon.isWord(Cue.POSSESSIVE, a.lower, 29, 33)).isFalse(); // pump
  }
}
