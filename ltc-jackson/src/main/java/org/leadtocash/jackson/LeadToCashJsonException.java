package org.leadtocash.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.Escaping;

/**
 * A JSON document or a value the codec refuses: it names the type (an event's stored type name and
 * schema version, such as {@code contract.drafted v1}, a snapshot's, such as {@code snapshot
 * contract v1}, or a value's class) and the field, as a path from the document's root ({@code
 * $.value.amount}, {@code $.clauses[1].text}).
 *
 * <p>When a value breaks a domain rule, the message keeps the domain's own message, with its {@code
 * [DOMAIN Dx.y]} where the domain names one, and the domain's exception is the cause.
 *
 * <p>The type, the field and the problem are escaped as {@link Escaping#escaped(String)} does, in
 * the message and in their accessors: a field name or a value read from the document may hold a
 * control character or a line separator, and none reaches a log line raw (issue 12 §5).
 */
public final class LeadToCashJsonException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The type refused, as {@link #type()} returns it. */
  private final String type;

  /** The field refused, as {@link #field()} returns it. */
  private final String field;

  /** What is wrong, as {@link #problem()} returns it. */
  private final String problem;

  LeadToCashJsonException(
      @Nullable Closeable processor,
      String verb,
      String type,
      String field,
      String problem,
      @Nullable Throwable cause) {
    super(
        processor,
        "Cannot "
            + verb
            + " "
            + Escaping.escaped(type)
            + " at "
            + Escaping.escaped(field)
            + ": "
            + Escaping.escaped(problem),
        cause);
    // a name or a value read from the document may hold any character
    this.type = Escaping.escaped(type);
    this.field = Escaping.escaped(field);
    this.problem = Escaping.escaped(problem);
  }

  /**
   * {@return the type refused: an event's stored type name and schema version ({@code
   * contract.drafted v1}), a snapshot's ({@code snapshot contract v1}), or a value's simple class
   * name; never null}
   */
  public String type() {
    return type;
  }

  /**
   * {@return the field refused, as a path from the document's root such as {@code $.value.amount};
   * {@code $} is the whole document; never null}
   */
  public String field() {
    return field;
  }

  /** {@return what is wrong with the field, without the type and the path; never null} */
  public String problem() {
    return problem;
  }
}
