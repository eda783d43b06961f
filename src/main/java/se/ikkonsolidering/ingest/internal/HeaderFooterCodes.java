package se.ikkonsolidering.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of an Excel print header or footer ({@code &LSocialnämnden&C&"Arial,Fet"&14Uppföljning 2025&R&P}) without
 * its codes, one text per section, left, centre, right: what is printed, less page numbers, dates, file and sheet
 * names and formatting.
 */
final class HeaderFooterCodes {

	private HeaderFooterCodes() {
	}

	static List<String> sections(String header) {
		StringBuilder[] sections = { new StringBuilder(), new StringBuilder(), new StringBuilder() };
		StringBuilder section = sections[1]; // text before any section code is centred
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (c != '&' || i + 1 == header.length()) {
				section.append(c);
				continue;
			}
			char code = header.charAt(++i);
			if (code == 'L' || code == 'C' || code == 'R') {
				section = sections["LCR".indexOf(code)];
			}
			else if (code == '&') {
				section.append('&');
			}
			else if (code == '"') {
				int close = header.indexOf('"', i + 1); // a font: &"Arial,Fet"
				i = close < 0 ? header.length() : close;
			}
			else if (code == 'K') {
				i = Math.min(header.length() - 1, i + 6); // a colour: &KFF0000, or a theme colour &K01+000
			}
			else if (Character.isDigit(code)) {
				while (i + 1 < header.length() && Character.isDigit(header.charAt(i + 1))) {
					i++; // a font size: &14
				}
			}
			// Any other letter is a field (&P page, &D date, &F file, &A sheet) or a style (&B bold): not text.
		}
		List<String> texts = new ArrayList<>();
		for (StringBuilder s : sections) {
			// A removed field leaves its spaces behind: "Sida &P av &N".
			String text = s.toString().replaceAll("[ \\t]+", " ").strip();
			if (!text.isEmpty()) {
				texts.add(text);
			}
		}
		return texts;
	}
}
