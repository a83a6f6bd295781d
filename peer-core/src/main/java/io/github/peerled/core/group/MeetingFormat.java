package io.github.peerled.core.group;

/** How a group meets. */
public enum MeetingFormat {
  /** In one room. */
  FACE_TO_FACE,
  /** Online only. */
  ONLINE,
  /** In a room with members joining online. */
  HYBRID
}
