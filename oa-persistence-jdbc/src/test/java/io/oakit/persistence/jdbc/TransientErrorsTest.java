package io.oakit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.spi.TransientStorageException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The JDBC store reports failures that may pass on a second try as the SPI's transient exception (R2.6). */
class TransientErrorsTest {

  @Test
  void lockTimeoutsSerializationFailuresDeadlocksAndConnectionsAreTransient() {
    for (String state : new String[] {"40001", "40P01", "55P03", "57014", "HYT00", "08006"}) {
      assertThat(JdbcStorage.failed(new SQLException("failed", state))).as(state)
          .isInstanceOf(TransientStorageException.class).hasMessageContaining(state);
    }
  }

  @Test
  void otherErrorsAreNot() {
    for (String state : new String[] {"42P01", "22001", "23505"}) {
      assertThat(JdbcStorage.failed(new SQLException("failed", state))).as(state)
          .isNotInstanceOf(TransientStorageException.class);
    }
  }
}
