/**
 * Peerled core: the governance model of a peer-led group, its events, commands and engine, and its
 * JSON mapping.
 */
module io.github.peerled.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive java.sql;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.peerled.core.command;
  exports io.github.peerled.core.decision;
  exports io.github.peerled.core.engine;
  exports io.github.peerled.core.event;
  exports io.github.peerled.core.files;
  exports io.github.peerled.core.group;
  exports io.github.peerled.core.guideline;
  exports io.github.peerled.core.json;
  exports io.github.peerled.core.leadership;
  exports io.github.peerled.core.privacy;
  exports io.github.peerled.core.runtime;
  exports io.github.peerled.core.session;
  exports io.github.peerled.core.sim;
  exports io.github.peerled.core.store;

  opens io.github.peerled.core.command to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.decision to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.engine to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.files to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.event to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.group to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.guideline to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.leadership to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.session to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.core.sim to
      com.fasterxml.jackson.databind;

  uses io.github.peerled.core.sim.FacilitationPolicyProvider;
}
