package io.github.peerled.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a group has configured for its rules: the language of its lexicons, the help it points to,
 * the myths it has noted and the answers it has written down. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupResources.class)
@JsonDeserialize(as = ImmutableGroupResources.class)
public interface GroupResources {
  /**
   * Returns the language of the group's sessions, which picks the lexicons.
   *
   * @return a language tag; {@code en} unless set
   */
  @Value.Default
  default String language() {
    return "en";
  }

  /**
   * Returns the help the group points to, in order of preference.
   *
   * @return the signposts
   */
  List<Signpost> signposts();

  /**
   * Returns the myths the group has noted.
   *
   * @return the myths
   */
  List<KnownMyth> myths();

  /**
   * Returns the answers the group has written down.
   *
   * @return the entries
   */
  List<FaqEntry> faq();

  /**
   * Returns resources with nothing configured, in English.
   *
   * @return the resources
   */
  static GroupResources ofDefaults() {
    return ImmutableGroupResources.builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  static ImmutableGroupResources.Builder custom() {
    return ImmutableGroupResources.builder();
  }
}
