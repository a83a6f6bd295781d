package io.github.peerled.core.privacy.internal;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKey;
import io.github.peerled.core.privacy.MemberKeyStore;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Keys in memory. Each member of a group has at most one live key, the current generation; a
 * destroyed key leaves its generation behind so the next one counts on. Thread-safe (one monitor).
 */
public class InMemoryMemberKeys implements MemberKeyStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The member's latest generation and its key, null once destroyed. */
  record Slot(int generation, @Nullable SecretKey key) {}

  /** Identifies a member of a group. */
  record Who(GroupId group, MemberId member) {}

  /** The slots; guarded by {@code this}. */
  final Map<Who, Slot> slots = new HashMap<>();

  /** Makes a new random 256-bit AES key. */
  static SecretKey newKey() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return new SecretKeySpec(b, "AES");
  }

  @Override
  public synchronized MemberKey current(GroupId group, MemberId member) {
    Who who = new Who(group, member);
    Slot slot = slots.get(who);
    SecretKey live = slot == null ? null : slot.key();
    if (slot != null && live != null) {
      return new MemberKey(slot.generation(), live);
    }
    SecretKey fresh = newKey();
    Slot next = new Slot(slot == null ? 1 : slot.generation() + 1, fresh);
    slots.put(who, next);
    try {
      changed();
    } catch (RuntimeException e) {
      if (slot == null) {
        slots.remove(who);
      } else {
        slots.put(who, slot);
      }
      throw e;
    }
    return new MemberKey(next.generation(), fresh);
  }

  @Override
  public synchronized Optional<MemberKey> find(GroupId group, MemberId member, int generation) {
    Slot slot = slots.get(new Who(group, member));
    SecretKey key = slot == null ? null : slot.key();
    if (slot == null || key == null || slot.generation() != generation) {
      return Optional.empty();
    }
    return Optional.of(new MemberKey(generation, key));
  }

  @Override
  public synchronized void destroy(GroupId group, MemberId member) {
    Who who = new Who(group, member);
    Slot slot = slots.get(who);
    if (slot != null && slot.key() != null) {
      slots.put(who, new Slot(slot.generation(), null));
      changed();
    }
  }

  /** Called, holding the monitor, after the slots changed; the file store writes them out. */
  void changed() {}
}
