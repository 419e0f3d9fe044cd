/** CSV documents of the command line: the coverage table of {@code coverage-audit}. */
@NullMarked
package io.github.childcarerules.cli.csv;

import org.jspecify.annotations.NullMarked;
