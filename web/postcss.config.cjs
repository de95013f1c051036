// Mantine's PostCSS preset: mixins and rem/em helpers used by Mantine-style CSS modules.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
