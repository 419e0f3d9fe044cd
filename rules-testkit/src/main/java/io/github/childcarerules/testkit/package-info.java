/**
 * jqwik generators: valid parent-child records, and single mutations of them that break exactly one
 * rule at a known path.
 */
@NullMarked
package io.github.childcarerules.testkit;

import org.jspecify.annotations.NullMarked;
