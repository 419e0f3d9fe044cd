/** Printable pages. */
@NullMarked
package io.github.childcarerules.report;

import org.jspecify.annotations.NullMarked;
