<?php

declare(strict_types=1);

namespace Drupal\hrc_widgets\Form;

use Drupal\Core\Form\ConfigFormBase;
use Drupal\Core\Form\FormStateInterface;
use Drupal\hrc_widgets\Markup\Locales;
use Drupal\hrc_widgets\Markup\Values;

/**
 * The city-wide settings every widget uses.
 */
final class SettingsForm extends ConfigFormBase {

  /**
   * {@inheritdoc}
   */
  public function getFormId() {
    return 'hrc_widgets_settings';
  }

  /**
   * {@inheritdoc}
   */
  protected function getEditableConfigNames() {
    return ['hrc_widgets.settings'];
  }

  /**
   * {@inheritdoc}
   */
  public function buildForm(array $form, FormStateInterface $form_state) {
    $config = $this->config('hrc_widgets.settings');

    $form['city'] = [
      '#type' => 'textfield',
      '#title' => $this->t('City'),
      '#maxlength' => 120,
      '#default_value' => $config->get('city'),
      '#description' => $this->t('As it appears on the declaration badge, for example Utrecht.'),
    ];
    $form['locale'] = [
      '#type' => 'select',
      '#title' => $this->t('Language of the widgets'),
      // The kit's languages, each in its own name, from the bundled kit's manifest.
      '#options' => ['' => $this->t('The language of the page')] + Locales::options(),
      '#default_value' => $config->get('locale'),
      '#description' => $this->t('Pages in other languages show the widgets in English.'),
    ];

    $form['office'] = [
      '#type' => 'details',
      '#title' => $this->t('Anti-discrimination office'),
      '#open' => TRUE,
      '#description' => $this->t('Shown on the report form and on the rights cards, so people know where to get help.'),
    ];
    $form['office']['office_name'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Name'),
      '#maxlength' => 120,
      '#default_value' => $config->get('office_name'),
    ];
    $form['office']['office_url'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Website'),
      '#maxlength' => 2048,
      '#default_value' => $config->get('office_url'),
    ];
    $form['office']['office_phone'] = [
      '#type' => 'tel',
      '#title' => $this->t('Phone'),
      '#maxlength' => 40,
      '#default_value' => $config->get('office_phone'),
    ];

    $form['reports'] = [
      '#type' => 'details',
      '#title' => $this->t('Reports'),
      '#open' => TRUE,
    ];
    $form['reports']['report_endpoint'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Report endpoint'),
      '#maxlength' => 2048,
      '#default_value' => $config->get('report_endpoint'),
      '#description' => $this->t('Where the report form sends reports: the kit’s receiver or any service that follows the report endpoint contract. Use https.'),
    ];
    $form['reports']['privacy_url'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Privacy statement'),
      '#maxlength' => 2048,
      '#default_value' => $config->get('privacy_url'),
      '#description' => $this->t('People consent to it before sending a report.'),
    ];
    $form['reports']['ask_equality_data'] = [
      '#type' => 'checkbox',
      '#title' => $this->t('Ask the optional equality questions'),
      '#default_value' => $config->get('ask_equality_data'),
      '#description' => $this->t('Gender, age group, migration background and disability, each with “prefer not to say”. These are special categories of personal data (article 9 GDPR): turn them on only if your data protection impact assessment covers them.'),
    ];

    $form['declaration'] = [
      '#type' => 'details',
      '#title' => $this->t('Human rights declaration'),
      '#open' => TRUE,
    ];
    $form['declaration']['declaration_year'] = [
      '#type' => 'number',
      '#title' => $this->t('Year'),
      '#min' => 1948,
      '#max' => (int) gmdate('Y') + 1,
      '#default_value' => $config->get('declaration_year'),
    ];
    $form['declaration']['declaration_url'] = [
      '#type' => 'textfield',
      '#title' => $this->t('The declaration'),
      '#maxlength' => 2048,
      '#default_value' => $config->get('declaration_url'),
    ];

    return parent::buildForm($form, $form_state);
  }

  /**
   * {@inheritdoc}
   */
  public function validateForm(array &$form, FormStateInterface $form_state) {
    $urls = [
      'office_url' => $form['office']['office_url'],
      'report_endpoint' => $form['reports']['report_endpoint'],
      'privacy_url' => $form['reports']['privacy_url'],
      'declaration_url' => $form['declaration']['declaration_url'],
    ];
    foreach ($urls as $name => $element) {
      $value = trim((string) $form_state->getValue($name));
      if ($value !== '' && Values::url($value) === NULL) {
        $form_state->setError($element, $this->t('%field: enter a web address starting with https:// or a path on this site starting with /.', ['%field' => $element['#title']]));
      }
    }
    $endpoint = trim((string) $form_state->getValue('report_endpoint'));
    // Plain http only for a receiver on the same machine (a test site); reports hold personal data.
    $host = strtolower((string) parse_url($endpoint, PHP_URL_HOST));
    if (str_starts_with(strtolower($endpoint), 'http://') && !in_array($host, ['localhost', '127.0.0.1', '[::1]'], TRUE)) {
      $form_state->setError($form['reports']['report_endpoint'], $this->t('Reports hold personal data: the report endpoint must use https.'));
    }
    $phone = trim((string) $form_state->getValue('office_phone'));
    if ($phone !== '' && Values::phoneHref($phone) === NULL) {
      $form_state->setError($form['office']['office_phone'], $this->t('Enter a phone number with digits, spaces and an optional leading +, for example +31 30 286 00 00.'));
    }
    $year = $form_state->getValue('declaration_year');
    if ($year !== '' && $year !== NULL && Values::year((string) $year) === NULL) {
      $form_state->setError($form['declaration']['declaration_year'], $this->t('Enter a year from 1948 up to next year.'));
    }
    foreach (['city' => $form['city'], 'office_name' => $form['office']['office_name']] as $name => $element) {
      $value = trim((string) $form_state->getValue($name));
      if ($value !== '' && Values::text($value) === NULL) {
        $form_state->setError($element, $this->t('%field: at most 120 characters on one line.', ['%field' => $element['#title']]));
      }
    }
    parent::validateForm($form, $form_state);
  }

  /**
   * {@inheritdoc}
   */
  public function submitForm(array &$form, FormStateInterface $form_state) {
    $text = static fn (string $name): string => trim((string) $form_state->getValue($name));
    $year = $form_state->getValue('declaration_year');
    $this->config('hrc_widgets.settings')
      ->set('city', $text('city'))
      ->set('locale', $text('locale'))
      ->set('office_name', $text('office_name'))
      ->set('office_url', $text('office_url'))
      ->set('office_phone', $text('office_phone'))
      ->set('privacy_url', $text('privacy_url'))
      ->set('report_endpoint', $text('report_endpoint'))
      ->set('declaration_year', ($year === '' || $year === NULL) ? NULL : (int) $year)
      ->set('declaration_url', $text('declaration_url'))
      ->set('ask_equality_data', (bool) $form_state->getValue('ask_equality_data'))
      ->save();
    parent::submitForm($form, $form_state);
  }

}
