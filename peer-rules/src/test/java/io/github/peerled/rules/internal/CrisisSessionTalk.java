package io.github.peerled.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contributions of labelled tuning sessions as examples for the learned crisis reading: a
 * crisis when labelled {@code crisis}, else ordinary group talk. Only the sessions listed in {@code
 * /safety/crisis-training-sessions.txt} are read, a name of the split set ({@code /sessions/}) as
 * it is, a session of a tuning folder as {@code folder/name}: a session added later changes the
 * model only once it is listed there and the model is trained again. A session of {@code
 * /sessions/} is held out when the first byte of the SHA-256 of its name is below 86; a folder must
 * be marked {@code TUNING}. Held-out sessions are never read here.
 */
final class CrisisSessionTalk {
  private static final Pattern CONTRIBUTION =
      Pattern.compile("^\\d{1,2}:\\d{2} \\S+ [A-Z_]+(>\\d+)?: (.*)$");

  private final CrisisTraining training;

  CrisisSessionTalk(CrisisTraining training) {
    this.training = training;
  }

  /** The examples of every listed session, in the order of the list. */
  List<CrisisTraining.Example> examples() {
    List<CrisisTraining.Example> out = new ArrayList<>();
    for (String line : CrisisTraining.lines("/safety/crisis-training-sessions.txt")) {
      int slash = line.indexOf('/');
      String folder = slash < 0 ? "sessions" : line.substring(0, slash);
      String name = line.substring(slash + 1);
      if (slash < 0 ? CrisisTraining.hashByte(name) < 86 : !tuningFolder(folder)) {
        throw new IllegalArgumentException("not a tuning session: " + line);
      }
      read(folder, name, out);
    }
    return out;
  }

  private static boolean tuningFolder(String folder) {
    return !folder.equals("sessions")
        && CrisisSessionTalk.class.getResource("/" + folder + "/TUNING") != null;
  }

  private void read(String folder, String name, List<CrisisTraining.Example> out) {
    URL url = CrisisSessionTalk.class.getResource("/" + folder + "/" + name + ".session");
    if (url == null) {
      throw new IllegalArgumentException("no session " + folder + "/" + name);
    }
    String set = folder + "/" + name;
    try {
      String text = null;
      boolean crisis = false;
      for (String line : Files.readAllLines(Path.of(url.toURI()), StandardCharsets.UTF_8)) {
        Matcher m = CONTRIBUTION.matcher(line.strip());
        if (m.matches()) {
          if (text != null) {
            out.add(training.example(text, crisis, set));
          }
          text = m.group(2).strip();
          crisis = false;
        } else if (line.strip().startsWith("=> crisis")) {
          crisis = true;
        }
      }
      if (text != null) {
        out.add(training.example(text, crisis, set));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
