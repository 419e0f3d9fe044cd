/**
 * Reading FORMAT.md's JSON documents into rules-core's model, strictly (duplicate keys, wrong types
 * and trailing content are unusable input) but keeping every string as entered for the rules to
 * judge.
 */
@NullMarked
package io.github.childcarerules.cli.json;

import org.jspecify.annotations.NullMarked;
