## pipeline-look модулінің хабарлары

pipeline-look-theme-has-no-ui = безендіру тақырыбында `{ $code }` тіліне арналған интерфейс жолдары жоқ
