package io.github.peerled.core.privacy.internal;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKey;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.session.SessionId;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Keys in memory. Each member of a group, and each session of a group (its retention key), has at
 * most one live key, the current generation; a destroyed key leaves its generation behind so the
 * next one counts on. Thread-safe (one monitor).
 */
public class InMemoryMemberKeys implements MemberKeyStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The member's latest generation and its key, null once destroyed. */
  record Slot(int generation, @Nullable SecretKey key) {}

  /** Identifies a member of a group. */
  record Who(GroupId group, MemberId member) {}

  /** Identifies a session of a group, whose retention key it is. */
  record Session(GroupId group, SessionId session) {}

  /** The slots; guarded by {@code this}. */
  final Map<Who, Slot> slots = new HashMap<>();

  /** The retention keys' slots; guarded by {@code this}. */
  final Map<Session, Slot> sessionSlots = new HashMap<>();

  /** Makes a new random 256-bit AES key. */
  static SecretKey newKey() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return new SecretKeySpec(b, "AES");
  }

  @Override
  public synchronized MemberKey current(GroupId group, MemberId member) {
    return current(slots, new Who(group, member));
  }

  @Override
  public synchronized Optional<MemberKey> find(GroupId group, MemberId member, int generation) {
    return find(slots, new Who(group, member), generation);
  }

  @Override
  public synchronized void destroy(GroupId group, MemberId member) {
    destroy(slots, new Who(group, member));
  }

  @Override
  public boolean keepsRetentionKeys() {
    return true;
  }

  @Override
  public synchronized MemberKey retentionKey(GroupId group, SessionId session) {
    return current(sessionSlots, new Session(group, session));
  }

  @Override
  public synchronized Optional<MemberKey> findRetentionKey(
      GroupId group, SessionId session, int generation) {
    return find(sessionSlots, new Session(group, session), generation);
  }

  @Override
  public synchronized void destroyRetentionKey(GroupId group, SessionId session) {
    destroy(sessionSlots, new Session(group, session));
  }

  private <K> MemberKey current(Map<K, Slot> map, K who) {
    Slot slot = map.get(who);
    SecretKey live = slot == null ? null : slot.key();
    if (slot != null && live != null) {
      return new MemberKey(slot.generation(), live);
    }
    SecretKey fresh = newKey();
    Slot next = new Slot(slot == null ? 1 : slot.generation() + 1, fresh);
    map.put(who, next);
    try {
      changed();
    } catch (RuntimeException e) {
      if (slot == null) {
        map.remove(who);
      } else {
        map.put(who, slot);
      }
      throw e;
    }
    return new MemberKey(next.generation(), fresh);
  }

  private static <K> Optional<MemberKey> find(Map<K, Slot> map, K who, int generation) {
    Slot slot = map.get(who);
    SecretKey key = slot == null ? null : slot.key();
    if (slot == null || key == null || slot.generation() != generation) {
      return Optional.empty();
    }
    return Optional.of(new MemberKey(generation, key));
  }

  private <K> void destroy(Map<K, Slot> map, K who) {
    Slot slot = map.get(who);
    if (slot != null && slot.key() != null) {
      map.put(who, new Slot(slot.generation(), null));
      changed();
    }
  }

  /** Called, holding the monitor, after the slots changed; the file store writes them out. */
  void changed() {}
}
