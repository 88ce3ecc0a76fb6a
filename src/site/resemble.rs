//! Whether a guest author's name may be a teacher's written another way:
//! `Омаров Н.Е.` or `Омаров Нурлан` (у for ұ) for «Омаров Нұрлан», which would
//! otherwise split the teacher's works between two pages without a word.

/// Whether `guest` has `teacher`'s surname and initials or a given name that
/// agrees with the teacher's, in either order (`Омаров Н.Е.`, `Н.Е. Омаров`;
/// the teacher's name is written surname first). A full given name that
/// differs is another person.
pub fn resembles(guest: &str, teacher: &str) -> bool {
    if surname_first(guest, teacher) {
        return true;
    }
    let mut words: Vec<&str> = guest.split_whitespace().collect();
    if words.len() < 2 {
        return false;
    }
    words.rotate_right(1);
    surname_first(&words.join(" "), teacher)
}

fn surname_first(guest: &str, teacher: &str) -> bool {
    let mut g = guest.split_whitespace();
    let mut t = teacher.split_whitespace();
    let (Some(gs), Some(ts)) = (g.next(), t.next()) else {
        return false;
    };
    if !same_word(gs, ts) {
        return false;
    }
    let (Some(given), Some(teacher_given)) = (g.next(), t.next()) else {
        return true;
    };
    if given.contains('.') {
        // Initials: Н. or Н.Е.
        return folded(given).next() == folded(teacher_given).next();
    }
    same_word(given, teacher_given)
}

/// Whether two words are the same but for case and the Kazakh letters a
/// Russian keyboard has no key for.
fn same_word(a: &str, b: &str) -> bool {
    folded(a).eq(folded(b))
}

/// The letters of `word`, lower-case, with each Kazakh letter as the Russian
/// one typed in its place and without soft and hard signs (Гульнар, Гүлнар).
fn folded(word: &str) -> impl Iterator<Item = char> + '_ {
    let letters = word.chars().flat_map(char::to_lowercase);
    letters
        .filter(|c| !matches!(c, 'ь' | 'ъ'))
        .map(|c| match c {
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'ң' => 'н',
            'ө' => 'о',
            'ұ' | 'ү' => 'у',
            'һ' => 'х',
            'і' => 'и',
            'ё' => 'е',
            c => c,
        })
}

#[cfg(test)]
mod tests {
    use super::resembles;

    #[test]
    fn initials_and_russian_spellings_resemble_the_teacher() {
        for guest in [
            "Омаров Н.Е.",
            "Омаров Н.",
            "Омаров  Нурлан Ержанулы",
            "ОМАРОВ нұрлан",
            "Омаров",
            "Н.Е. Омаров",
            "Нұрлан Омаров",
        ] {
            assert!(resembles(guest, "Омаров Нұрлан"), "{guest}");
        }
        assert!(resembles("Абенова Гульнар", "Әбенова Гүлнар"));
        assert!(resembles("Әбенова Г.", "Әбенова Гүлнар"));
    }

    #[test]
    fn another_given_name_or_surname_is_another_person() {
        for guest in ["Омаров Нариман", "Омаров А.", "Омарова Н.", "Иванов Нұрлан"]
        {
            assert!(!resembles(guest, "Омаров Нұрлан"), "{guest}");
        }
    }
}
