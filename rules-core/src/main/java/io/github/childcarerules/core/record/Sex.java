package io.github.childcarerules.core.record;

/** Sex as written on the birth certificate. */
public enum Sex {
  F,
  M,
  X
}
