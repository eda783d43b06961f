package se.ikkonsolidering.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register file as the economy office saves it: from Excel, in any of its CSV flavours, or with mistakes. */
class RegisterTests {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@TempDir
	Path dir;

	private Path file(String content, Charset charset) throws IOException {
		return Files.write(dir.resolve("namnder.csv"), content.getBytes(charset));
	}

	private Register load(String content) throws IOException {
		return Register.load(file(content, StandardCharsets.UTF_8));
	}

	/** How every refusal starts: the register file, as it was given. */
	private String refusal() {
		return "Register " + dir.resolve("namnder.csv") + ": ";
	}

	@Test
	void readsARegisterSavedFromExcelAsWindows1252() throws IOException {
		Path file = file("Nämnd;Alias\r\nSocialnämnden;SN|Socialförvaltningen\r\nKulturnämnden;\r\n", WINDOWS_1252);

		assertThat(Register.load(file).namnder()).containsExactly(
				new Register.Namnd("Socialnämnden", List.of("SN", "Socialförvaltningen")),
				new Register.Namnd("Kulturnämnden", List.of()));
	}

	@Test
	void readsACommaSeparatedRegister() throws IOException {
		assertThat(load("nämnd,alias\nSocialnämnden,SN|Socialförvaltningen\nMiljönämnden,MN\n").namnder())
			.containsExactly(new Register.Namnd("Socialnämnden", List.of("SN", "Socialförvaltningen")),
					new Register.Namnd("Miljönämnden", List.of("MN")));
	}

	@Test
	void acceptsTheHeaderAfterAByteOrderMarkAndInAnyCase() throws IOException {
		assertThat(load("\uFEFFNÄMND;ALIAS\nSocialnämnden;SN\n").names()).containsExactly("Socialnämnden");
	}

	@Test
	void skipsCommentsBlankLinesAndEmptyColumnsExcelLeftBehind() throws IOException {
		assertThat(load("# Kommunens nämnder\nnämnd;alias;;\n\nSocialnämnden;SN;;\n# slut\n").namnder())
			.containsExactly(new Register.Namnd("Socialnämnden", List.of("SN")));
	}

	@Test
	void refusesAnotherHeaderSayingWhatItFoundAndWhatItExpects() throws IOException {
		String register = "namn;kortnamn\nSocialnämnden;SN\n";

		assertThatThrownBy(() -> load(register)).isInstanceOf(RegisterException.class)
			.hasMessage(refusal() + "the first line is 'namn;kortnamn', but it must be the header "
					+ "'nämnd;alias' (then one nämnd per line, its aliases separated by |)");
	}

	@Test
	void refusesAFileWithoutHeader() throws IOException {
		String register = "Socialnämnden;SN\nMiljönämnden;MN\n";

		assertThatThrownBy(() -> load(register)).isInstanceOf(RegisterException.class)
			.hasMessage(refusal() + "the first line is 'Socialnämnden;SN', but it must be the header "
					+ "'nämnd;alias' (then one nämnd per line, its aliases separated by |)");
	}

	@Test
	void refusesAnEmptyFile() throws IOException {
		assertThatThrownBy(() -> load("\n# bara en kommentar\n")).isInstanceOf(RegisterException.class)
			.hasMessage(refusal() + "the file is empty, but it must start with the header 'nämnd;alias' "
					+ "(then one nämnd per line, its aliases separated by |)");
	}

	@Test
	void refusesANamndListedTwiceNamingBothLines() throws IOException {
		String register = "nämnd;alias\nSocialnämnden;SN\nMiljönämnden;MN\nsocialnämnden;\n";

		assertThatThrownBy(() -> load(register)).isInstanceOf(RegisterException.class)
			.hasMessage(refusal() + "'socialnämnden' on line 4 is already listed on line 2; list each "
					+ "nämnd once, with all its aliases on its line");
	}

	/** Round 187: the förvaltning serving two nämnder, given as an alias of each, names neither alone. */
	@Test
	void acceptsAnAliasSharedByTwoNamnderAndFindsNeitherByIt() throws IOException {
		Register register = load("nämnd;alias\nTekniska nämnden;TN|Samhällsbyggnadsförvaltningen\n"
				+ "Bygg- och miljönämnden;BMN|Samhällsbyggnadsförvaltningen\n");
		NamndMatcher matcher = new NamndMatcher(register);

		assertThat(matcher.find("Samhällsbyggnadsförvaltningen – uppföljning helår 2025")).isEmpty();
		assertThat(matcher.find("Samhällsbyggnadsförvaltningen, Tekniska nämnden")).contains("Tekniska nämnden");
	}

	@Test
	void refusesAnAliasThatIsAnotherNamndsName() throws IOException {
		String register = "nämnd;alias\nKulturnämnden;KN\nFritidsnämnden;Kulturnamnden\n";

		assertThatThrownBy(() -> load(register)).isInstanceOf(RegisterException.class)
			.hasMessage(refusal() + "'Kulturnamnden' stands for Kulturnämnden (line 2) and for "
					+ "Fritidsnämnden (line 3); a nämnd's name may stand for that nämnd only");
	}

	@Test
	void refusesAThirdColumn() throws IOException {
		String register = "nämnd;alias\nSocialnämnden;SN;Socialförvaltningen\n";

		assertThatThrownBy(() -> load(register)).isInstanceOf(RegisterException.class)
			.hasMessage(refusal() + "line 2 has 3 columns ('Socialnämnden;SN;Socialförvaltningen'), "
					+ "expected 2: nämnd;alias, the aliases separated by |");
	}

	@Test
	void refusesALineWithoutANamndName() throws IOException {
		String register = "nämnd;alias\n;SN\n";

		assertThatThrownBy(() -> load(register)).isInstanceOf(RegisterException.class)
			.hasMessage(refusal() + "line 2 (';SN') has no nämnd name in its first column");
	}
}
