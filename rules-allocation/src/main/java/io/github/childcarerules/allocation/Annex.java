package io.github.childcarerules.allocation;

/** The written notices of the policy's annexes 3. */
public enum Annex {
  /** Confirmation of places granted (annex 3.1). */
  CONFIRMATION("3.1"),
  /** Refusal of the modification, or request withdrawn (annex 3.2). */
  REFUSAL("3.2"),
  /** The request joins the register of requests waiting for places (annex 3.5). */
  WAITING_REGISTER("3.5");

  private final String number;

  Annex(String number) {
    this.number = number;
  }

  /** The annex number as the policy writes it ({@code "3.1"}). */
  public String number() {
    return number;
  }
}
