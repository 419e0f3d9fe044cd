/**
 * How results are shown: FORMAT.md's JSON documents as rules-json writes them ({@code --json}), or
 * text for a person in French or English.
 */
@NullMarked
package io.github.childcarerules.cli.report;

import org.jspecify.annotations.NullMarked;
