package org.chancery.documents;

import java.sql.Savepoint;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference numbers, gapless per organ code and year (orders: continuous across years). The counter
 * row is locked by the increment until the registering transaction ends, so two registrations of the
 * same code wait for each other on any number of application nodes sharing the database, and a
 * registration that rolls back gives its number back.
 */
@Service
public class Numbering {

	/** The counter year of orders, which are numbered continuously. */
	static final int CONTINUOUS = 0;

	private final JdbcTemplate jdbc;

	Numbering(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of the code in the year, inside the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReferenceNumber next(String code, int year, boolean continuous) {
		int counterYear = continuous ? CONTINUOUS : year;
		while (true) {
			if (jdbc.update("update doc_counter set last_seq = last_seq + 1 where code = ? and counter_year = ?", code, counterYear) == 1) {
				Integer seq = jdbc.queryForObject("select last_seq from doc_counter where code = ? and counter_year = ?", Integer.class, code, counterYear);
				return new ReferenceNumber(code, year, seq);
			}
			if (createCounter(code, counterYear)) {
				return new ReferenceNumber(code, year, 1);
			}
		}
	}

	/**
	 * The first number of a code and year creates its counter. Two first registrations at once: the
	 * loser's insert fails inside a savepoint (so its transaction goes on) and it increments instead.
	 */
	private boolean createCounter(String code, int counterYear) {
		return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection con) -> {
			Savepoint savepoint = con.setSavepoint();
			try {
				jdbc.update("insert into doc_counter (code, counter_year, last_seq) values (?, ?, 1)", code, counterYear);
				con.releaseSavepoint(savepoint);
				return true;
			}
			catch (DataIntegrityViolationException duplicate) {
				con.rollback(savepoint);
				return false;
			}
		}));
	}

	/** The last number given for a code and year (0 when none), for the registry page. */
	public int last(String code, int year, boolean continuous) {
		return jdbc.query("select last_seq from doc_counter where code = ? and counter_year = ?", rs -> rs.next() ? rs.getInt(1) : 0, code,
				continuous ? CONTINUOUS : year);
	}
}
