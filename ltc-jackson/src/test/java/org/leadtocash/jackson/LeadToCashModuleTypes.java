package org.leadtocash.jackson;

/** The public class of a value, as the module sees it: Immutables' own classes are hidden. */
final class LeadToCashModuleTypes {

  private LeadToCashModuleTypes() {}

  static Class<?> publicType(Object value) {
    return Codecs.publicType(value.getClass());
  }
}
