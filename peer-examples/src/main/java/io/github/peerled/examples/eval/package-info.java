/**
 * Evaluation tools for the sharing/advice detector, through its public API. They read data sets
 * from a directory given on the command line; nothing here is needed at run time by a host
 * application. The trainer needs the detector's internals, so it lives beside the detector's tests
 * in peer-rules.
 */
@NullMarked
package io.github.peerled.examples.eval;

import org.jspecify.annotations.NullMarked;
