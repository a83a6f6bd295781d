/** Peerled core: the governance model of a peer-led group. */
module io.github.peerled.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.peerled.core.group;
  exports io.github.peerled.core.style;

  opens io.github.peerled.core.group to
      com.fasterxml.jackson.databind;
}
