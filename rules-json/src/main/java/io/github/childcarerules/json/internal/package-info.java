/**
 * Behind {@code ChildcareJson}, exported to the command line only: reading FORMAT.md's JSON
 * documents into the model, strictly (duplicate keys, wrong types and trailing content are unusable
 * input) but keeping every string as entered for the rules to judge; writing its documents.
 */
@NullMarked
package io.github.childcarerules.json.internal;

import org.jspecify.annotations.NullMarked;
