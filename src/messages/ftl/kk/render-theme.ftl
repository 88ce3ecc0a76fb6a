## render-theme модулінің хабарлары

render-theme-cannot-read = оқу мүмкін болмады: { $e }
render-theme-theme-does-not-exist = `{ $theme }` безендіру тақырыбы жоқ: themes/{ $theme }/ қалтасы табылмады
render-theme-did-you-mean-hint = `{ $name }` деп жазғыңыз келді ме? Бар безендіру тақырыптары: { $themes }
render-theme-themes-are-hint = бар безендіру тақырыптары: { $themes } (әр тақырып — themes/ қалтасының ішіндегі бір қалта)
