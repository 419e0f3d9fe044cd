package io.github.childcarerules.allocation.scenario;

/** Why a provider gives places back (POL "Places retournées"). */
public enum DecreaseReason {
  RATIO_DECREASE,
  END_OF_RECOGNITION,
  SUSPENSION
}
