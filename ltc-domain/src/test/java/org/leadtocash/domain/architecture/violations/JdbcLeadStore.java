package org.leadtocash.domain.architecture.violations;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the no-database rule: talks JDBC. */
public final class JdbcLeadStore {

  /** Tells whether the connection is closed. */
  public boolean closed(Connection connection) throws SQLException {
    return connection.isClosed();
  }
}
