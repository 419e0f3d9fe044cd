/**
 * FORMAT.md's JSON documents for Java applications (a web service, a batch job): {@link
 * io.github.childcarerules.json.ChildcareJson} reads records, scenarios and places documents and
 * writes every report, count and result, exactly as the command line does.
 */
@NullMarked
package io.github.childcarerules.json;

import org.jspecify.annotations.NullMarked;
