package io.github.childcarerules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.json.internal.TokenReader.Detour;
import io.github.childcarerules.json.internal.TokenReader.Names;
import org.junit.jupiter.api.Test;

/**
 * The check of names given twice in one object: a name is compared with the others only when a name
 * of the same hash bit was seen, so names whose hashes collide must still be told apart, and a name
 * given twice must be caught whatever came between.
 */
class NamesTest {
  @Test
  void namesOfTheSameHashAreStillDifferentNames() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    Names names = new Names(false);
    names.open();
    names.add("Aa");
    assertThatCode(() -> names.add("BB")).doesNotThrowAnyException();
    assertThatThrownBy(() -> names.add("BB")).isSameAs(Detour.INSTANCE);
  }

  @Test
  void aNameGivenTwiceIsCaughtAfterOthersOfTheSameHashBit() {
    // "a" (97) and "!" (33) share the low six bits of their hashes (97 - 33 = 64)
    assertThat("a".hashCode() & 63).isEqualTo("!".hashCode() & 63);
    Names names = new Names(false);
    names.open();
    names.add("!");
    names.add("a");
    names.add("start");
    assertThatThrownBy(() -> names.add("a")).isSameAs(Detour.INSTANCE);
  }

  @Test
  void eachObjectHasItsOwnNames() {
    Names names = new Names(false);
    names.open();
    names.add("schedule");
    names.open(); // an inner object may use its parent's names
    names.add("schedule");
    names.close();
    names.open(); // and a sibling the names of the one before it
    names.add("schedule");
    names.close();
    assertThatThrownBy(() -> names.add("schedule")).isSameAs(Detour.INSTANCE);
  }

  @Test
  void aDeepNestingKeepsEachLevelsNames() {
    Names names = new Names(false);
    for (int depth = 0; depth < 40; depth++) { // past the first arrays' lengths, 8 and 32
      names.open();
      names.add("level" + depth);
    }
    for (int depth = 39; depth >= 0; depth--) {
      String again = "level" + depth;
      assertThatThrownBy(() -> names.add(again)).isSameAs(Detour.INSTANCE);
      names.close();
    }
  }
}
