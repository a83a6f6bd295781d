/** A host application that embeds Peerled; it names only the rules module, which brings the core. */
module org.example.host {
  requires io.github.peerled.rules;
}
