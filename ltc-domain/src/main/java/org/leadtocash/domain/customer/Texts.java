package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;

/** Checks of the texts of the profile values. */
final class Texts {

  private Texts() {}

  /** Throws {@link IllegalArgumentException} naming {@code what} if the text is blank. */
  static void notBlank(String text, String what) {
    checkArgument(!text.isBlank(), "%s is not blank (DOMAIN D6.8)", what);
  }

  /** Throws {@link IllegalArgumentException} naming {@code what} if an item is blank. */
  static void noBlank(Collection<String> items, String what) {
    checkArgument(
        items.stream().noneMatch(String::isBlank), "no item of %s is blank (DOMAIN D6.8)", what);
  }
}
