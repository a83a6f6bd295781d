/**
 * Evaluation and training tools for the sharing/advice detector. They read data sets from a
 * directory given on the command line; nothing here is needed at run time by a host application.
 */
@NullMarked
package io.github.peerled.examples.eval;

import org.jspecify.annotations.NullMarked;
