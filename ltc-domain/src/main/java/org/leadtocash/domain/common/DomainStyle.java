package org.leadtocash.domain.common;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project's values; an aggregate's state uses {@link
 * AggregateStyle}, the same style with its nested builder named {@code Restore}.
 *
 * <p>The generated {@code Immutable*} classes are package-private and never appear in a signature:
 * a value type exposes a public nested {@code Builder} that extends the generated one (or static
 * factories), and every method returns the abstract type. Accessors carry no {@code get} prefix.
 * Attributes marked {@code @Value.Redacted} print as {@code ***} in {@code toString()} (personal
 * data, DOMAIN D7.8).
 *
 * <p>Of the annotations that Immutables adds to generated code when it finds them at compile time,
 * three are allowed: Error Prone's {@code CanIgnoreReturnValue} (on builder setters) and {@code
 * Var}, which come with the library's runtime dependencies, and {@code
 * javax.annotation.processing.Generated}, which javac discards after compiling. Immutables' own
 * {@code org.immutables.value.Generated} is not: it would stay in the class files, and a host that
 * compiles with {@code -Xlint:all -Werror} without the Immutables jar would fail on it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    redactedMask = "***",
    depluralize = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {
      CanIgnoreReturnValue.class,
      Var.class,
      javax.annotation.processing.Generated.class
    })
public @interface DomainStyle {}
