/**
 * Deliberately bad classes, one per architecture rule, that {@code LibraryRulesTest} imports to
 * prove each rule in {@code LibraryRules} reports a violation. Test-only: the modules' {@code
 * ArchitectureTest}s never scan them ({@code ImportOption.DoNotIncludeTests}), and the ltc-domain
 * test-jar does not ship them.
 */
package org.leadtocash.domain.architecture.violations;
