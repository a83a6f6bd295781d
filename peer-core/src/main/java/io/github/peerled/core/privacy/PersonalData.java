package io.github.peerled.core.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an accessor of the model whose value is personal data about one member: a name they go by,
 * what they said, why they took a stance. Declared once here, on the model; the stores seal such a
 * value with the member's key, erasure makes it read as {@link #REMOVED}, and {@link
 * PersonalDataExport} gives a member a copy of theirs. Only text ({@code String} or {@code
 * Optional<String>}) may be marked, so that an erased value still fits its field.
 *
 * <p>Whose data it is: the member named by the property {@link #owner()} of the same object, or,
 * when that is empty, the event's {@code actor}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {
  /** What an erased personal value reads as, in every store, replay and export. */
  String REMOVED = "[removed at the member's request]";

  /**
   * What the text of a contribution reads as once it expired under the group's retention setting
   * ({@code ContributionTextExpired}), in every store, replay and export.
   */
  String EXPIRED = "[expired under the group's retention setting]";

  /**
   * Returns the property of the same object that names the member the value is about.
   *
   * @return the property's name, or empty for the event's actor
   */
  String owner() default "";
}
