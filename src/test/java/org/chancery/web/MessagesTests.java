package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and English, and every key the code and pages use is defined. */
class MessagesTests {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = MessagesTests.class.getResourceAsStream("/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
		Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
		assertThat(zh).as("keys only in English").containsAll(en);
		assertThat(en).as("keys only in Chinese").containsAll(zh);
	}

	@Test
	void everyKeyUsedInCodeAndTemplatesIsDefined() throws IOException {
		Set<String> defined = load("messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		// keys handed to the edge: exceptions, flash messages and form errors
		Pattern inJava = Pattern.compile("(?:Exception\\((?:\"[A-Za-z]+\", )?|flash\\(redirect, |addFlashAttribute\\(\"flash\", |write\\(request, response, \\d+, \"[A-Za-z]+\", |\"messageKey\", )\"([a-z]+\\.[A-Za-z.]+)\"");
		Pattern inTemplates = Pattern.compile("#\\{([a-zA-Z]+\\.[A-Za-z.]+)[}(]");
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file);
				Matcher m = (file.toString().endsWith(".java") ? inJava : inTemplates).matcher(text);
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		used.removeIf(k -> k.endsWith("."));
		assertThat(used).as("keys found in the sources").hasSizeGreaterThan(60);
		assertThat(defined).containsAll(used);
	}
}
