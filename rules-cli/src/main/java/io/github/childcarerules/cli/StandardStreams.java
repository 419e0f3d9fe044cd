package io.github.childcarerules.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Where a command reads {@code -} from and prints its results. */
record StandardStreams(InputStream in, PrintStream out) {}
