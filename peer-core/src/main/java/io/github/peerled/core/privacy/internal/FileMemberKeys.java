package io.github.peerled.core.privacy.internal;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys in one text file: a header line, then one line per member of a group, {@code group member
 * generation key} separated by tabs, the key in Base64 or {@code -} once destroyed. A session's
 * retention key has a line of the same form whose second field is {@code session:} and the
 * session's id. The whole file is rewritten on every change: to a temporary file, forced, then
 * moved over the old one. Thread-safe (the monitor of the in-memory keys).
 */
public final class FileMemberKeys extends InMemoryMemberKeys {
  static final String HEADER = "peerled member keys 1";

  /** How the second field of a session's retention key begins; a member id holds no colon. */
  static final String SESSION = "session:";

  private final Path file;

  /**
   * Opens the key file, reading the keys it holds.
   *
   * @throws UncheckedIOException if the file exists and cannot be read
   * @throws IllegalArgumentException if the file is not a key file
   */
  public FileMemberKeys(Path file) {
    this.file = file;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read the member keys: " + e.getMessage(), e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException(
          file + ": line 1: not a member key file (expected \"" + HEADER + "\")");
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      try {
        if (f.length != 4) {
          throw new IllegalArgumentException("expected 4 fields separated by tabs");
        }
        SecretKey key =
            f[3].equals("-") ? null : new SecretKeySpec(Base64.getDecoder().decode(f[3]), "AES");
        Slot slot = new Slot(Integer.parseInt(f[2]), key);
        if (f[1].startsWith(SESSION)) {
          sessionSlots.put(
              new Session(GroupId.of(f[0]), SessionId.of(f[1].substring(SESSION.length()))), slot);
        } else {
          slots.put(new Who(GroupId.of(f[0]), MemberId.of(f[1])), slot);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  void changed() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    Map<String, Slot> sorted = new TreeMap<>();
    slots.forEach((who, slot) -> sorted.put(who.group() + "\t" + who.member(), slot));
    sessionSlots.forEach(
        (who, slot) -> sorted.put(who.group() + "\t" + SESSION + who.session(), slot));
    sorted.forEach(
        (who, slot) -> {
          SecretKey key = slot.key();
          b.append(who)
              .append('\t')
              .append(slot.generation())
              .append('\t')
              .append(key == null ? "-" : Base64.getEncoder().encodeToString(key.getEncoded()))
              .append('\n');
        });
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (FileChannel ch =
          FileChannel.open(
              temp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          ch.write(bytes);
        }
        ch.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the member keys: " + e.getMessage(), e);
    }
  }
}
