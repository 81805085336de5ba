package org.leadtocash.domain.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project.
 *
 * <p>The generated {@code Immutable*} classes are package-private and never appear in a signature:
 * a value type exposes a public nested {@code Builder} that extends the generated one (or static
 * factories), and every method returns the abstract type. Accessors carry no {@code get} prefix.
 * Attributes marked {@code @Value.Redacted} print as {@code ***} in {@code toString()} (personal
 * data, DOMAIN D7.8).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    redactedMask = "***",
    depluralize = true,
    optionalAcceptNullable = false)
public @interface DomainStyle {}
