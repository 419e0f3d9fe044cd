/**
 * Printable pages of the library's results: {@link io.github.childcarerules.report.Reports} gives a
 * record's page, a coverage table's page, an allocation run's page (grids, letters, sector chart)
 * and an audit's page, each one self-contained HTML page for letter paper.
 */
@NullMarked
package io.github.childcarerules.report;

import org.jspecify.annotations.NullMarked;
