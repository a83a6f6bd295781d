package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The alias table draws every item with probability proportional to its weight, exactly. */
class AliasTableTest {

  @Test
  void should_give_each_item_its_share_of_the_weight() {
    qt().forAll(lists().of(doubles().between(0, 10)).ofSizeBetween(1, 64))
        .assuming(ws -> ws.stream().mapToDouble(Double::doubleValue).sum() > 0)
        .checkAssert(AliasTableTest::check);
  }

  @Test
  void should_never_draw_an_item_of_zero_weight() {
    AliasTable t = table(List.of(0.0, 1.0, 0.0, 3.0));
    for (int i = 0; i < 1000; i++) {
      assertThat(t.draw(i / 1000.0)).isIn(1, 3);
    }
    assertThat(t.draw(Math.nextDown(1.0))).isIn(1, 3);
  }

  private static AliasTable table(List<Double> ws) {
    int[] ids = new int[ws.size()];
    double[] w = new double[ws.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
      w[i] = ws.get(i);
    }
    AliasTable t = new AliasTable(ids.length);
    t.rebuild(ids, w, ids.length);
    return t;
  }

  private static void check(List<Double> ws) {
    AliasTable t = table(ws);
    double total = ws.stream().mapToDouble(Double::doubleValue).sum();
    for (int i = 0; i < ws.size(); i++) {
      assertThat(t.mass(i)).isCloseTo(ws.get(i) / total, within(1e-9));
    }
  }
}
