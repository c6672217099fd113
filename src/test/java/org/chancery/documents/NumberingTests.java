package org.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.chancery.kernel.DomainException;
import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Reference numbers: the pattern of RULES.md §1.2, and no duplicate and no gap under concurrency. */
@ChanceryTest
class NumberingTests {

	@Autowired
	Numbering numbering;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void hundredsOfConcurrentRegistrationsGiveNoDuplicateAndNoGap() throws Exception {
		String code = "并发" + Integer.toHexString((int) System.nanoTime() & 0xfff).replaceAll("\\d", "甲");
		int registrations = 400;
		List<Callable<Integer>> work = IntStream.range(0, registrations)
			.<Callable<Integer>>mapToObj(i -> () -> transactions.execute(s -> numbering.next(code, 2026, false).sequence())).toList();
		List<Integer> numbers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
			for (Future<Integer> f : pool.invokeAll(work)) {
				numbers.add(f.get());
			}
		}
		Collections.sort(numbers);
		assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, registrations).boxed().toList());
		assertThat(numbering.last(code, 2026, false)).isEqualTo(registrations);
	}

	@Test
	void aRolledBackRegistrationGivesItsNumberBack() {
		String code = "回滚发";
		transactions.execute(s -> numbering.next(code, 2026, false));
		transactions.execute(s -> {
			assertThat(numbering.next(code, 2026, false).sequence()).isEqualTo(2);
			s.setRollbackOnly();
			return null;
		});
		assertThat(transactions.execute(s -> numbering.next(code, 2026, false)).text()).isEqualTo("回滚发〔2026〕2号");
	}

	@Test
	void eachYearRestartsExceptOrdersWhichContinue() {
		assertThat(transactions.execute(s -> numbering.next("年度发", 2026, false)).sequence()).isEqualTo(1);
		assertThat(transactions.execute(s -> numbering.next("年度发", 2027, false)).sequence()).isEqualTo(1);
		assertThat(transactions.execute(s -> numbering.next("测令", 2026, true)).text()).isEqualTo("测令〔2026〕1号");
		assertThat(transactions.execute(s -> numbering.next("测令", 2027, true)).text()).isEqualTo("测令〔2027〕2号");
	}

	@Test
	void numbersAreGivenOnlyInsideARegistration() {
		assertThatThrownBy(() -> numbering.next("无事务发", 2026, false)).isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	@Test
	void referenceNumbersFollowThePattern() {
		assertThat(ReferenceNumber.parse("国办发〔2012〕14号")).isEqualTo(new ReferenceNumber("国办发", 2012, 14));
		assertThat(new ReferenceNumber("中办发", 2026, 3).text()).isEqualTo("中办发〔2026〕3号").matches(ReferenceNumber.PATTERN);
		for (String bad : List.of("国办发〔2012〕014号", "国办发[2012]14号", "国办发（2012）14号", "国办发〔2012〕第14号", "国办发〔12〕14号",
				"国办发〔2012〕0号", "国办 发〔2012〕14号", "国办发〔2012〕14")) {
			assertThatThrownBy(() -> ReferenceNumber.parse(bad)).as(bad).isInstanceOf(DomainException.class);
		}
		assertThatThrownBy(() -> new ReferenceNumber("第一发", 2026, 1)).isInstanceOf(DomainException.class);
	}
}
