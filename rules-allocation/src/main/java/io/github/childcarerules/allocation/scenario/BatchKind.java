package io.github.childcarerules.allocation.scenario;

/** The kind of a batch: permanent, or temporary until its end date (a suspension). */
public enum BatchKind {
  PERMANENT,
  TEMPORARY
}
