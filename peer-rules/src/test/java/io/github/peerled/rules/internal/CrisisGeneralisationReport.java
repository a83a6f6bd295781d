package io.github.peerled.rules.internal;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how the learned crisis reading does on voices it never read: the k-fold table of {@link
 * TrainCrisisModel}, then, set by set, a model trained on every other set (leave one set out) at
 * the threshold the k-fold chose. A set left out whole imitates a voice nobody tuned on far better
 * than a random fold. Tuning data only. Runs only when the system property {@code crisis.report} is
 * set: {@code mvn -B -q -o -pl peer-rules -am test -Dtest=CrisisGeneralisationReport
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcrisis.report=true}.
 */
@EnabledIfSystemProperty(named = "crisis.report", matches = ".+")
class CrisisGeneralisationReport {
  @Test
  void should_print_the_cross_validated_and_left_out_tables() {
    CrisisTraining training = new CrisisTraining();
    List<CrisisTraining.Example> examples = training.examples();
    double[] cv = CrisisTraining.crossValidate(examples);
    double threshold = CrisisTraining.threshold(examples, cv);
    TrainCrisisModel.table(examples, cv, threshold).forEach(System.out::println);
    double[] loso = CrisisTraining.leaveOneSetOut(examples);
    System.out.printf(
        Locale.ROOT,
        "leave one set out, threshold %.2f (model alone | rules or model | rules alone)%n",
        threshold);
    for (String g : examples.stream().map(CrisisTraining::group).distinct().toList()) {
      List<Integer> idx =
          java.util.stream.IntStream.range(0, examples.size())
              .filter(i -> CrisisTraining.group(examples.get(i)).equals(g))
              .boxed()
              .toList();
      List<CrisisTraining.Example> sub = idx.stream().map(examples::get).toList();
      double[] p = idx.stream().mapToDouble(i -> loso[i]).toArray();
      boolean talk = g.equals("ordinary") || g.equals("sessions");
      CrisisTraining.Rates model = CrisisTraining.rates(sub, p, false, threshold, talk);
      CrisisTraining.Rates either = CrisisTraining.rates(sub, p, true, threshold, talk);
      CrisisTraining.Rates rules = CrisisTraining.rates(sub, p, true, 2, talk);
      System.out.printf(
          Locale.ROOT,
          "%-9s recall %3d/%3d = %.3f  false alarms %4d/%4d = %.3f | recall %.3f  false alarms"
              + " %.3f | rules alone recall %.3f  false alarms %.3f%n",
          g,
          model.found(),
          model.crises(),
          model.recall(),
          model.alarms(),
          model.calm(),
          model.falseAlarms(),
          either.recall(),
          either.falseAlarms(),
          rules.recall(),
          rules.falseAlarms());
    }
  }
}
